import ArgumentParser
import ContactLensModel
import Foundation
import LensApp

/// `--on-alert`: an alert handed to the runner → the command's first write, one alert at a time
/// (`printf` into a FIFO the benchmark reads), so each figure is the path a single alert takes:
/// the queue, `/bin/sh`'s start, its write. What raising the alert costs the view is not in it:
/// `submit` returns at once by design.
struct AlertCommandBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alert-command", abstract: "An alert handed over → the --on-alert command's first write.")

    @Option(help: "Alerts, one after another.")
    var alerts = 100

    func run() async throws {
        let latency = try await Self.measure(alerts: alerts)
        print("alert → --on-alert command's first write, \(latency.count) alerts one at a time")
        print("  \(latency.summary)")
    }

    static func measure(alerts: Int) async throws -> LatencyHistogram {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lenstail-alert-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let fifo = directory.appendingPathComponent("written").path
        guard mkfifo(fifo, 0o600) == 0 else { throw BenchmarkError("cannot make the FIFO \(fifo)") }
        // Read and write: opening does not wait for a writer, and no EOF between the commands.
        let reader = open(fifo, O_RDWR)
        guard reader >= 0 else { throw BenchmarkError("cannot open the FIFO \(fifo)") }
        defer { close(reader) }

        // As lenstail does at start (Exit.swift): a command that ends before its input is written
        // must not take the process with it.
        signal(SIGPIPE, SIG_IGN)
        let failures = FailureLog()
        let runner = AlertCommandRunner(command: "printf . > '\(fifo)'", report: failures.append)
        var latency = LatencyHistogram()
        for index in 0..<(alerts + 5) {
            let alert = WallAlert(
                .category("Escalation"), contactId: Corpus.contactId,
                names: WallContactInfo(contactId: Corpus.contactId, agent: "dana", queue: "Billing"), at: Date())
            let handed = Stamp()
            let written: ContinuousClock.Instant = await withCheckedContinuation { continuation in
                // The reader waits on a thread of its own, started before the alert is handed over.
                Thread {
                    var byte: UInt8 = 0
                    _ = read(reader, &byte, 1)
                    continuation.resume(returning: .now)
                }.start()
                handed.at = .now
                runner.submit(AlertCommandInput(alert))
            }
            if index >= 5 { latency.record(seconds: handed.at.duration(to: written).seconds) }
        }
        await runner.finish()
        if let failure = failures.first { throw BenchmarkError("the command failed: \(failure)") }
        return latency
    }
}

/// When the alert was handed over, set before the reader's continuation can resume.
private final class Stamp: @unchecked Sendable {
    var at = ContinuousClock.now
}

/// The runner's failure lines, from its tasks.
private final class FailureLog: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var first: String? { lock.withLock { lines.first } }
}
