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
        let bodies = try ChatCorpus.pages(messages: messages)
        let bytes = bodies.reduce(0) { $0 + $1.count }
        var store = TranscriptStore()
        var count = 0
        let seconds = try Timing.seconds { count = try ChatCorpus.merge(bodies, into: &store) }
        precondition(store.turns.count == messages, "store lost messages")
        print("chat decode + merge: \(messages) messages, \(count) segments, \(bytes / 1_000_000) MB of V2 pages")
        print(String(format: "  %.0f segments/s (%.2f s)", Double(count) / seconds, seconds))
        let state = try ChatCorpus.view(store)
        let frames = Timing.samples(runs: 50) { _ = render(state, size: state.size) }
        print(
            String(
                format: "  one 200×60 frame of the chat view, following: median %.2f ms, p95 %.2f ms", frames.median * 1000,
                frames.p95 * 1000))
    }
}
