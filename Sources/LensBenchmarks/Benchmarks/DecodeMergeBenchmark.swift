import ArgumentParser
import ContactLensModel
import Foundation

/// Pages of 100 segments, as JSON bytes the API sends, decoded and merged into a store.
/// Without a size it runs 10k, 100k and 1M, each in a fresh child process so peaks don't mix.
struct DecodeMergeBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decode-merge",
        abstract: "ListSegmentsResponse.decode (the client's decoder) + TranscriptStore.apply: segments/s and memory.")

    @Argument(help: "Turns in the call; omit to run 10k, 100k and 1M in child processes.")
    var turns: Int?

    func run() async throws {
        guard let turns else {
            print("decode + merge (pages of 100 segments; each size in its own process)")
            print(
                "turns      segments  segments/s   raw JSON    store RSS   RSS/JSON  bytes/turn (store/JSON)  peak RSS   decoding share"
            )
            for size in [10_000, 100_000, 1_000_000] {
                print(try await ChildProcess.runSelf(["decode-merge", String(size)]), terminator: "")
            }
            return
        }
        let result = Self.measure(turns: turns)
        print(result.row)
    }

    struct Result {
        var turns = 0, segments = 0, rawBytes = 0, storeBytes = 0, peak = 0
        var seconds = 0.0, decodeShare = 0.0
        var row: String {
            let cells = [
                Show.count(turns).padding(toLength: 10, withPad: " ", startingAt: 0),
                String(segments).padding(toLength: 9, withPad: " ", startingAt: 0),
                Show.rate(Double(segments) / seconds).padding(toLength: 12, withPad: " ", startingAt: 0),
                Show.mb(rawBytes).padding(toLength: 11, withPad: " ", startingAt: 0),
                Show.mb(storeBytes).padding(toLength: 11, withPad: " ", startingAt: 0),
                String(format: "%.2f×", Double(storeBytes) / Double(rawBytes)).padding(toLength: 9, withPad: " ", startingAt: 0),
                "\(storeBytes / max(1, turns)) / \(rawBytes / max(1, turns))".padding(toLength: 24, withPad: " ", startingAt: 0),
                Show.mb(peak).padding(toLength: 10, withPad: " ", startingAt: 0),
                String(format: "%.0f%%", decodeShare * 100),
            ]
            return cells.joined(separator: " ")
        }
    }

    /// Decodes and merges a call of `turns` turns; encoding the pages is not timed.
    static func measure(turns: Int) -> Result {
        let encoder = JSONEncoder()
        // A small call first, thrown away: the process's first use of the encoder, the decoder
        // and the store (code paged in, runtime metadata, ≈1.8 MB whatever the call's length) is
        // then not counted as the store's memory.
        var warmUp = TranscriptStore()
        var warmUpPages = PageStream(total: 200)
        while let page = warmUpPages.next() {
            warmUp.apply(try! ListSegmentsResponse.decode(json: Array(try! encoder.encode(page))).segments)
        }
        precondition(warmUp.turns.count == 200, "the warm-up lost turns")
        warmUp = TranscriptStore()
        var store = TranscriptStore()
        var result = Result(turns: turns)
        let before = ProcessMemory.now()
        let clock = ContinuousClock()
        var elapsed = Duration.zero
        var decoding = Duration.zero
        var pages = PageStream(total: turns)
        while let page = pages.next() {
            let bytes = Array(try! encoder.encode(page))
            result.rawBytes += bytes.count
            let start = clock.now
            let decoded = try! ListSegmentsResponse.decode(json: bytes)
            let decodedAt = clock.now
            store.apply(decoded.segments)
            elapsed += clock.now - start
            decoding += decodedAt - start
            result.segments += decoded.segments.count
        }
        let after = ProcessMemory.now()
        precondition(store.turns.count == turns, "store lost turns")
        result.seconds = elapsed.seconds
        result.decodeShare = decoding.seconds / elapsed.seconds
        result.storeBytes = after.rss - before.rss
        result.peak = after.peak
        withExtendedLifetime(store) {}
        return result
    }
}
