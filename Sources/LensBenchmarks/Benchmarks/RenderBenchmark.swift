import ArgumentParser
import ContactLensModel
import Foundation
import LensUI

/// One 200×60 frame with 1k, 100k and 1M turns: following, scrolled to the middle, filtered,
/// with a search. A frame must cost the same whatever the transcript's length.
struct RenderBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render", abstract: "render(state, 200×60) time against transcript length.")

    @Argument(help: "Transcript lengths in turns.")
    var sizes: [Int] = [1_000, 100_000, 1_000_000]

    @Option(help: "Measured frames per case.")
    var runs = 200

    typealias Case = (name: String, make: @Sendable (AppState) -> AppState)

    static let cases: [Case] = [
        ("following", { $0 }),
        ("middle", { CallState.middle($0) }),
        (
            "following, customer only",
            {
                var s = $0
                s.filter = .customer
                return s
            }
        ),
        (
            "middle, agent only",
            {
                var s = CallState.middle($0)
                s.filter = .agent
                return s
            }
        ),
        (
            "following, search \"refund\"",
            {
                var s = $0
                s.search.query = "refund"
                return s
            }
        ),
        (
            "middle, search \"refund\"",
            {
                var s = CallState.middle($0)
                s.search.query = "refund"
                return s
            }
        ),
    ]

    func run() async throws {
        var medians: [[Double]] = []
        for size in sizes {
            let base = CallState.make(turns: size)
            medians.append(
                Self.cases.map { c in
                    let state = c.make(base)
                    var sink = 0
                    let samples = Timing.samples(runs: runs) { sink &+= render(state, size: CallState.size).cells.count }
                    precondition(sink > 0)
                    return samples.median
                })
        }
        print("render: one 200×60 frame, median of \(runs) (ms)")
        let head =
            "case".padding(toLength: 30, withPad: " ", startingAt: 0)
            + sizes.map { Show.count($0).padding(toLength: 10, withPad: " ", startingAt: 0) }.joined()
            + "\(Show.count(sizes.last!))/\(Show.count(sizes.first!))"
        print(head)
        for (i, c) in Self.cases.enumerated() {
            let row =
                c.name.padding(toLength: 30, withPad: " ", startingAt: 0)
                + medians.map { String(format: "%.3f", $0[i] * 1000).padding(toLength: 10, withPad: " ", startingAt: 0) }.joined()
                + String(format: "%.2f", medians.last![i] / medians.first![i])
            print(row)
        }
    }
}
