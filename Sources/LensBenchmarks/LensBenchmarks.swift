import ArgumentParser

/// Benchmarks that print numbers (not timed tests): `swift run -c release LensBenchmarks [name]`.
/// The budgets and a measured table are in Docs/PERFORMANCE.md.
@main
struct LensBenchmarks: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "LensBenchmarks",
        abstract: "lenstail's benchmarks; with no name, all of the in-process ones.",
        subcommands: [
            All.self, DecodeMergeBenchmark.self, RenderBenchmark.self, SearchBenchmark.self,
            LatencyBenchmark.self, ScenarioCommand.self, ChatBenchmark.self,
            KinesisLatencyBenchmark.self, KinesisLoadBenchmark.self, KinesisReadBenchmark.self, KinesisWallBenchmark.self,
            KinesisProduceBenchmark.self, StreamHeldBenchmark.self, StreamWallMemoryBenchmark.self, LiveGrowthBenchmark.self,
            WallBenchmark.self, WallReduceBenchmark.self, QueueRefreshBenchmark.self, LookBackBenchmark.self,
            AlertCommandBenchmark.self,
            GateCommand.self,
        ],
        defaultSubcommand: All.self)

    /// Every in-process benchmark, each in a child process of its own.
    struct All: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "all", abstract: "Run every in-process benchmark.")

        func run() async throws {
            for name in ["decode-merge", "render", "search", "latency", "wall", "wall-reduce", "wall-queues"] {
                print(try await ChildProcess.runSelf([name]))
            }
        }
    }
}
