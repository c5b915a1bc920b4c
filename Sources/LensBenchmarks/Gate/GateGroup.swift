import ArgumentParser
import ContactLensModel
import Foundation
import LensUI

/// The in-process benchmarks the gate runs, at the sizes that keep it to a few minutes: ratios
/// compare smaller sizes than Docs/PERFORMANCE.md's tables (1k against 100k turns), figures with
/// an absolute budget are measured where the budget is set (search at 1M turns).
enum GateGroup: String, CaseIterable, ExpressibleByArgument, Sendable {
    case decodeMerge = "decode-merge"
    case frame, latency, search, chat, wall, lookback

    /// Child processes the group runs in; the gate takes each figure's median.
    var runs: Int { self == .decodeMerge ? 3 : 1 }

    func measure() async throws -> [GateFigure] {
        switch self {
        case .decodeMerge:
            let r = DecodeMergeBenchmark.measure(turns: 100_000)
            return [
                GateFigure("decode-merge", Double(r.segments) / r.seconds, "100k turns"),
                GateFigure("store-memory", Double(r.storeBytes) / Double(r.rawBytes), "100k turns"),
            ]
        case .frame: return Self.frames(small: 1_000, large: 100_000)
        case .latency:
            let (latency, _, pages) = try await LatencyBenchmark.measure(preload: 10_000, turns: 120, speed: 120)
            return [GateFigure("latency", latency.median * 1000, "median of \(pages) pages, 10k turns preloaded")]
        case .search: return Self.search(turns: 1_000_000)
        case .chat: return try Self.chat(small: 1_000, large: 100_000)
        case .lookback:
            let file = try await LookBackBenchmark.openFile(turns: 10_000, runs: 5)
            return [
                GateFigure("lookback-open", file.median * 1000, "median of 5, 10k turns, \(Show.mb(file.bytes))"),
                GateFigure("lookback-memory", Double(file.kept) / Double(file.bytes), "heap the view keeps, own process"),
                GateFigure("lookback-replay", Double(file.replay) / Double(file.bytes), "heap replay's player and view keep"),
            ]
        case .wall:
            let medians = [1_000, 10_000].map { n in
                // As the terminal program draws it: the screen keeps the cells of the rows it drew.
                var screen = WallScreen(WallBenchmark.floor(n, turns: 4))
                return (n, Timing.samples(runs: 300) { _ = screen.render(size: CallState.size, back: nil) }.median)
            }
            let worst = medians.max { $0.1 < $1.1 }!
            let stream = try StreamWallMemoryBenchmark.measure(contacts: 500)
            return [GateFigure("wall-frame", worst.1 * 1000, "median of 300, worst of 1k and 10k calls: \(Show.count(worst.0))")]
                + [16, 512].map(Self.wallReduce)
                + [
                    GateFigure(
                        "stream-wall-memory", Double(stream.all) / 500 / 1024, "500 live calls from the stream, malloc's count")
                ]
        }
    }

    /// The wall's reducer per batch of `batch` events at 500 live calls, the worst of its orders.
    static func wallReduce(batch: Int) -> GateFigure {
        let medians = WallSort.allCases.map { sort in
            (sort, WallReduceBenchmark.measure(rows: 500, batch: batch, sort: sort, runs: batch > 100 ? 60 : 300).median)
        }
        let worst = medians.max { $0.1 < $1.1 }!
        return GateFigure(
            "wall-reduce-\(batch)", worst.1 * 1000, "500 calls, median per batch, worst order: \(worst.0.rawValue)")
    }

    /// The worst of RenderBenchmark's six cases: its frame at `large`, and large against small.
    static func frames(small: Int, large: Int) -> [GateFigure] {
        func medians(_ turns: Int) -> [Double] {
            let base = CallState.make(turns: turns)
            return RenderBenchmark.cases.map { c in
                let state = c.make(base)
                return Timing.samples(runs: 200) { _ = render(state, size: CallState.size) }.median
            }
        }
        let smallMedians = medians(small)
        let largeMedians = medians(large)
        let names = RenderBenchmark.cases.map(\.name)
        let slowest = largeMedians.indices.max { largeMedians[$0] < largeMedians[$1] }!
        let ratios = largeMedians.indices.map { largeMedians[$0] / smallMedians[$0] }
        let steepest = ratios.indices.max { ratios[$0] < ratios[$1] }!
        return [
            GateFigure(
                "frame", largeMedians[slowest] * 1000, "median of 200, \(Show.count(large)) turns, worst case: \(names[slowest])"),
            GateFigure(
                "frame-ratio", ratios[steepest],
                "\(Show.count(large)) / \(Show.count(small)) turns, worst case: \(names[steepest])"),
        ]
    }

    /// SearchBenchmark's two cases with a budget: a search from the middle, and `n`.
    static func search(turns: Int) -> [GateFigure] {
        let middle = CallState.middle(CallState.make(turns: turns))
        let cases = [
            ("search-middle", middle, CallState.searchKeys("refund")),
            ("search-n", SearchBenchmark.searched(middle, "refund"), [Key.char("n")]),
        ]
        return cases.map { id, initial, keys in
            // As the terminal's loop runs the call view (`CallScreen`): a long call's matches are
            // counted on ticks after the jump is drawn, so the figure is the keys to that frame.
            var state = initial
            state.search.countStep = SearchState.loopCountStep
            let samples = Timing.samples(warmup: 1, runs: 3) {
                var s = state
                CallState.press(keys, &s)
                _ = render(s, size: CallState.size)
            }
            return GateFigure(id, samples.median * 1000, "keys + frame, median of 3, \(Show.count(turns)) turns")
        }
    }

    /// Chat decode + merge (median of 3 passes into fresh stores) and the chat view's frame.
    static func chat(small: Int, large: Int) throws -> [GateFigure] {
        let bodies = try ChatCorpus.pages(messages: large)
        var store = TranscriptStore()
        var rates: [Double] = []
        for _ in 0..<3 {
            store = TranscriptStore()
            var count = 0
            let seconds = try Timing.seconds { count = try ChatCorpus.merge(bodies, into: &store) }
            rates.append(Double(count) / seconds)
        }
        func frame(_ store: TranscriptStore) throws -> Double {
            let state = try ChatCorpus.view(store)
            return Timing.samples(runs: 100) { _ = render(state, size: state.size) }.median
        }
        let largeFrame = try frame(store)
        var smallStore = TranscriptStore()
        _ = try ChatCorpus.merge(try ChatCorpus.pages(messages: small), into: &smallStore)
        let smallFrame = try frame(smallStore)
        return [
            GateFigure("chat-decode-merge", Samples(rates).median, "median of 3 passes, \(Show.count(large)) messages"),
            GateFigure("chat-frame", largeFrame * 1000, "median of 100, \(Show.count(large)) messages, following"),
            GateFigure("chat-frame-ratio", largeFrame / smallFrame, "\(Show.count(large)) / \(Show.count(small)) messages"),
        ]
    }
}
