import ArgumentParser
import ContactLensModel
import Foundation
import LensUI

/// Search and filter keys at 1M turns: the reducer's work plus the frame that shows the result.
struct SearchBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search", abstract: "Search (/ … Enter, n) and filter toggles on a long transcript.")

    @Argument(help: "Turns in the transcript.")
    var turns = 1_000_000

    @Option(help: "Measured runs per case.")
    var runs = 5

    func run() async throws {
        let base = CallState.make(turns: turns)
        var top = base
        CallState.press([.char("g")], &top)
        let middle = CallState.middle(base)
        let cases: [(String, AppState, [Key])] = [
            ("search a word in one turn near the end, from the top", top, CallState.searchKeys(Corpus.rareWord)),
            ("search a word in no turn, from the top (full scan)", top, CallState.searchKeys("qwertyuiop")),
            ("search a common word, from the middle", middle, CallState.searchKeys("refund")),
            ("n: next match of a common word", Self.searched(middle, "refund"), [.char("n")]),
            ("filter: agent only, scrolled to the middle", middle, [.char("a")]),
            (
                "filter: back to all, scrolled to the middle",
                {
                    var s = middle
                    s.filter = .agent
                    return s
                }(), [.char("A")]
            ),
            ("filter: customer only, following", base, [.char("c")]),
        ]
        print("search and filter at \(Show.count(turns)) turns: keys through reduce + one frame, median of \(runs) (ms)")
        print("(as the terminal's loop runs them: a search that has to wait for its count shows `match …/…`, and the loop")
        print(" then ticks until the count is drawn; the time to that frame follows →)")
        for (name, initial, keys) in cases {
            // As the terminal's loop has it: a long call's matches are counted on ticks.
            var state = initial
            state.search.countStep = SearchState.loopCountStep
            var notice: String?
            var counting = false
            let samples = Timing.samples(warmup: 1, runs: runs) {
                var s = state
                CallState.press(keys, &s)
                _ = render(s, size: CallState.size)
                notice = s.notice
                counting = s.search.counting
            }
            var line =
                name.padding(toLength: 56, withPad: " ", startingAt: 0) + String(format: "%10.3f", samples.median * 1000)
                + (notice.map { "   (\($0))" } ?? "")
            if counting {
                let (counted, final) = Self.untilCounted(state, keys, runs: runs)
                line += String(format: " → %.1f ms", counted * 1000) + (final.map { " (\($0))" } ?? "")
            }
            print(line)
        }
    }

    /// The keys, a frame, ticks until the matches are counted, and the frame that shows them.
    static func untilCounted(_ state: AppState, _ keys: [Key], runs: Int) -> (Double, String?) {
        var notice: String?
        let samples = Timing.samples(warmup: 1, runs: runs) {
            var s = state
            CallState.press(keys, &s)
            _ = render(s, size: CallState.size)
            while s.search.counting { _ = reduce(into: &s, .tick(s.now)) }
            _ = render(s, size: CallState.size)
            notice = s.notice
        }
        return (samples.median, notice)
    }

    static func searched(_ state: AppState, _ query: String) -> AppState {
        var s = state
        CallState.press(CallState.searchKeys(query), &s)
        return s
    }
}
