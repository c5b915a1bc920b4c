import ArgumentParser
import ContactLensModel
import Foundation
import LensUI

/// A live follow's heap as its call grows, a turn (or chat message) at a time with a 160×50 frame
/// after each, as the soak's view draws them: malloc's count every `--every` turns, and the bytes
/// a turn added over each stretch. Tells what the view keeps per turn from what the allocator keeps.
struct LiveGrowthBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "live-growth", abstract: "A live follow's heap per turn, a call and a chat, turn by turn.")

    @Option(help: "Turns (messages) in all.") var turns = 1_500
    @Option(help: "Turns between two counts.") var every = 250

    func run() async throws {
        guard turns > 0, every > 0 else { throw ValidationError("--turns and --every take positive counts") }
        let size = Size(width: 160, height: 50)
        let chat = try ChatCorpus.pages(messages: turns).flatMap { try ListSegmentsResponse.decode(json: $0).segments }
        for kind in ["call", "chat"] {
            var state = try AppState(
                session: SessionInfo(instanceId: "i", contactId: "c", endpoint: "bench"), size: size)
            let segments: [[Segment]] =
                kind == "call" ? (0..<turns).map { Corpus.segments($0, of: turns) } : chat.map { [$0] }
            var last = MallocInfo.inUse()
            var line = "live-growth \(kind):"
            for (n, new) in segments.enumerated() {
                _ = reduce(into: &state, .engine(.segments(new, receivedAt: Date())))
                _ = render(state, size: size)
                if (n + 1) % every == 0 {
                    let now = MallocInfo.inUse()
                    line += " \(n + 1 - every)-\(n + 1): \((now - last) / every) B"
                    last = now
                }
            }
            print(line + " a segment")
            withExtendedLifetime(state) {}
        }
    }
}
