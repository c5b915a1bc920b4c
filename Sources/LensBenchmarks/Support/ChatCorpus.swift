import ContactLensModel
import Foundation
import LensUI

/// A synthetic chat as the chat API pages it (V2 shapes, 100 segments a page): messages from an
/// agent, a customer and a bot, 1.5 s apart, an issue in every 10th. Deterministic.
enum ChatCorpus {
    /// The pages' JSON bodies, as the service sends them.
    static func pages(messages: Int) throws -> [[UInt8]] {
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
        return bodies
    }

    /// Decodes and merges `bodies` into a new store; the number of segments read.
    static func merge(_ bodies: [[UInt8]], into store: inout TranscriptStore) throws -> Int {
        var count = 0
        for body in bodies {
            let page = try ListSegmentsResponse.decode(json: body)
            count += page.segments.count
            store.apply(page.segments)
        }
        return count
    }

    /// The chat view of `store`, 200×60, following.
    static func view(_ store: TranscriptStore) throws -> AppState {
        var state = try AppState(
            session: SessionInfo(instanceId: "i", contactId: "c", endpoint: "bench"), size: Size(width: 200, height: 60))
        state.store = store
        return state
    }
}
