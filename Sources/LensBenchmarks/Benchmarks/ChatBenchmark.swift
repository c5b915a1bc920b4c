import ArgumentParser
import ContactLensModel
import Foundation
import LensUI

/// The chat API's pages (V2 shapes, `JSONDecoder`'s path) decoded and merged, and a 200×60 frame
/// of the chat view: the numbers of Docs/PERFORMANCE.md's chat rows.
struct ChatBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat", abstract: "Chat pages: decode + merge (segments/s) and one frame of the chat view.")

    @Argument(help: "Messages in the chat.")
    var messages = 100_000

    func run() async throws {
        let encoder = JSONEncoder()
        var bodies: [[UInt8]] = []
        var segments: [Segment] = []
        for i in 0..<messages {
            let time = ChatTime(absoluteTime: ISOTime.format(epochMillis: 1_769_850_900_000 + i * 1_500))
            let role = ["AGENT", "CUSTOMER", "CUSTOM_BOT"][i % 3]
            segments.append(
                .chat(
                    .transcript(
                        ChatTranscript(
                            id: "m\(i)", participantId: role.lowercased(), participantRole: role, displayName: "Name \(i % 7)",
                            content: "Message number \(i): I was charged twice for my March bill, can you help?",
                            contentType: "text/plain", time: time, sentiment: .neutral))))
            if i % 10 == 0 {
                let item = ChatIssueItem(id: "m\(i)", characterOffsets: CharacterOffsets(beginOffsetChar: 22, endOffsetChar: 35))
                segments.append(.chat(.issues(ChatIssues(issuesDetected: [ChatIssue(transcriptItems: [item])]))))
            }
            if segments.count >= 100 || i == messages - 1 {
                let page = ListSegmentsResponse(segments: segments, nextToken: "t", channel: "CHAT", status: .inProgress)
                bodies.append(Array(try encoder.encode(page)))
                segments = []
            }
        }
        let bytes = bodies.reduce(0) { $0 + $1.count }
        var store = TranscriptStore()
        var count = 0
        let seconds = try Timing.seconds {
            for body in bodies {
                let page = try ListSegmentsResponse.decode(json: body)
                count += page.segments.count
                store.apply(page.segments)
            }
        }
        precondition(store.turns.count == messages, "store lost messages")
        print("chat decode + merge: \(messages) messages, \(count) segments, \(bytes / 1_000_000) MB of V2 pages")
        print(String(format: "  %.0f segments/s (%.2f s)", Double(count) / seconds, seconds))
        var state = try AppState(
            session: SessionInfo(instanceId: "i", contactId: "c", endpoint: "bench"), size: Size(width: 200, height: 60))
        state.store = store
        let frames = Timing.samples(runs: 50) { _ = render(state, size: state.size) }
        print(
            String(
                format: "  one 200×60 frame of the chat view, following: median %.2f ms, p95 %.2f ms", frames.median * 1000,
                frames.p95 * 1000))
    }
}
