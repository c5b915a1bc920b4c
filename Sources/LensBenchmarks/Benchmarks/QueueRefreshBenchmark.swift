import ArgumentParser
import ContactLensModel
import Foundation
import LensUI

/// The queue strip's refresh in the view: N queues' new figures (GetCurrentMetricData's answer,
/// every 5 s) reduced by the wall (the strip, `--alert-wait`) and the 200×60 frame drawn after
/// it, on a wall of 1k live calls; beside it the frame without the strip.
struct QueueRefreshBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wall-queues", abstract: "One refresh of N queues' figures in the wall's view: reduce and frame.")

    @Argument(help: "Watched queues per case.") var queues: [Int] = [4, 30, 100, 500]
    @Option(help: "Live calls on the wall.") var calls = 1_000
    @Option(help: "Measured refreshes per case.") var runs = 300

    func run() {
        let size = Size(width: 200, height: 60)
        var plain = WallScreen(WallBenchmark.floor(calls, turns: 4))
        let without = Timing.samples(runs: runs) { _ = plain.render(size: size, back: nil) }
        print(
            "wall of \(Show.count(calls)) calls, 200×60; the frame without the strip: \(Show.ms(without.median)), p95 \(Show.ms(without.p95))"
        )
        print("one refresh of the queues' figures: reduce + frame (median, p95), and the frame alone:")
        for n in queues {
            var screen = WallScreen(WallBenchmark.floor(calls, turns: 4))
            screen.state.options.alertWait = 120
            screen.state.queues = WallQueues(alertWait: 120)
            var round = 0
            var frames: [Double] = []
            let samples = Timing.samples(runs: runs) {
                round += 1
                // Every queue's figures move each refresh; some cross --alert-wait and back.
                let figures = (0..<n).map { q in
                    QueueFigures(
                        queueId: "q\(q)", name: "Queue \(q)", waiting: (q + round) % 7,
                        oldestWait: Double((q * 37 + round * 5) % 300),
                        agentsOnline: 12, agentsAvailable: (q + round) % 5, agentsOnContact: 6, agentsAfterContactWork: 1)
                }
                _ = screen.reduce(.messages([.engine(.queues(.figures(figures, at: screen.now)))]))
                frames.append(Timing.seconds { _ = screen.render(size: size, back: nil) })
            }
            let frame = Samples(frames)
            print(
                "  \(n) queues: \(Show.ms(samples.median)), p95 \(Show.ms(samples.p95)); frame \(Show.ms(frame.median)),"
                    + " p95 \(Show.ms(frame.p95))")
        }
    }
}
