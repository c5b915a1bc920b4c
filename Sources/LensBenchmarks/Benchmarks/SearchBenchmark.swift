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
        for (name, state, keys) in cases {
            var notice: String?
            let samples = Timing.samples(warmup: 1, runs: runs) {
                var s = state
                CallState.press(keys, &s)
                _ = render(s, size: CallState.size)
                notice = s.notice
            }
            print(
                name.padding(toLength: 56, withPad: " ", startingAt: 0)
                    + String(format: "%10.3f", samples.median * 1000)
                    + (notice.map { "   (\($0))" } ?? ""))
        }
    }

    static func searched(_ state: AppState, _ query: String) -> AppState {
        var s = state
        CallState.press(CallState.searchKeys(query), &s)
        return s
    }
}
