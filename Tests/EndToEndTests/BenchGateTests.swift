import Foundation
import Testing

/// `scripts/bench-gate.sh` judging figures it is given (`--figures`): it fails on a figure worse
/// than twice its budget unless the waiver file names it, and says so in its table.
@Suite struct BenchGateTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Every figure within its budget.
    static let good: [String: Double] = [
        "decode-merge": 450_000, "store-memory": 1.5, "frame": 1.4, "frame-ratio": 1.1, "latency": 1.8, "search-n": 3,
        "search-middle": 4, "chat-decode-merge": 400_000, "chat-frame": 1.0, "chat-frame-ratio": 1.05, "wall-frame": 0.25,
        "wall-reduce-16": 0.4, "wall-reduce-512": 8, "stream-wall-memory": 30, "fetch-vs-boto3": 3.4, "lookback-open": 200,
        "lookback-memory": 1.5, "lookback-replay": 1.8,
    ]

    struct Outcome {
        var status: Int32
        var table: String
        /// The verdict on the row whose figure starts with `figure`.
        func verdict(_ figure: String) -> String {
            table.split(separator: "\n").first { $0.hasPrefix(figure) }.map(String.init) ?? "(no row for \(figure))"
        }
    }

    static func judge(_ figures: [String: Double], waived: [String] = []) async throws -> Outcome {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let lines = figures.map { "\($0.key)\t\($0.value)\tgiven by the test" }
        try (lines.joined(separator: "\n") + "\n").write(
            to: directory.appendingPathComponent("figures"), atomically: true, encoding: .utf8)
        let waivers = ["# a comment"] + waived.map { "\($0)  #99  the test waives it" }
        try (waivers.joined(separator: "\n") + "\n").write(
            to: directory.appendingPathComponent("waived"), atomically: true, encoding: .utf8)
        let result = try await LenstailProcess.run(
            [
                root.appendingPathComponent("scripts/bench-gate.sh").path, "--figures",
                directory.appendingPathComponent("figures").path,
            ],
            environment: ["BENCH_GATE_WAIVED": directory.appendingPathComponent("waived").path],
            executable: URL(fileURLWithPath: "/bin/bash"))
        return Outcome(status: result.status, table: result.stdout + result.stderr)
    }

    @Test func everyFigureWithinItsBudgetPasses() async throws {
        let outcome = try await Self.judge(Self.good)
        #expect(outcome.status == 0, "\(outcome.table)")
        #expect(outcome.verdict("decode + merge").hasSuffix("met"))
        #expect(outcome.verdict("stream wall, held per live call").contains("64.0 KB    30.0 KB     met"))
        #expect(outcome.table.contains("every figure within twice its budget"))
    }

    @Test func aFigureOverBudgetButWithinTwiceItPasses() async throws {
        var figures = Self.good
        figures["frame"] = 3.9  // budget < 2 ms
        figures["decode-merge"] = 110_000  // budget ≥ 200k/s
        let outcome = try await Self.judge(figures)
        #expect(outcome.status == 0, "\(outcome.table)")
        #expect(outcome.verdict("one 200x60 frame").contains("over budget (within 2x)"))
        #expect(outcome.verdict("decode + merge").contains("over budget (within 2x)"))
    }

    @Test func aFigureWorseThanTwiceItsBudgetFailsTheGateUnlessWaived() async throws {
        var figures = Self.good
        figures["frame"] = 4.1
        figures["chat-decode-merge"] = 140_000  // budget ≥ 300k/s
        let failed = try await Self.judge(figures)
        #expect(failed.status == 1)
        #expect(failed.verdict("one 200x60 frame").contains("FAIL"))
        #expect(failed.verdict("chat decode + merge").contains("FAIL"))
        #expect(failed.table.contains("2 figure(s) worse than twice their budget"))
        let waived = try await Self.judge(figures, waived: ["frame", "chat-decode-merge"])
        #expect(waived.status == 0, "\(waived.table)")
        #expect(waived.verdict("one 200x60 frame").contains("waived, worse than 2x (#99)"))
        #expect(waived.table.contains("waived: the test waives it"))
    }

    @Test func aWaiverThatIsNoLongerNeededIsPointedOut() async throws {
        let outcome = try await Self.judge(Self.good, waived: ["search-n"])
        #expect(outcome.status == 0)
        #expect(outcome.verdict("search: n").contains("its waiver can go"))
    }

    @Test func aFigureNotMeasuredOrAWaiverOfNoFigureFails() async throws {
        var figures = Self.good
        figures["latency"] = nil
        let missing = try await Self.judge(figures)
        #expect(missing.status == 1)
        #expect(missing.verdict("page received").contains("FAIL: not measured"))
        let unknown = try await Self.judge(Self.good, waived: ["frame-rate"])
        #expect(unknown.status == 1)
        #expect(unknown.table.contains("names an unknown figure: frame-rate"))
    }
}
