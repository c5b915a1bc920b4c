import AWSClient
import ContactLensModel
import Foundation
import LensSimulator
import Testing

@testable import LensApp
@testable import LensEngine

/// `--on-alert` end to end: the wall's JSON lines over real HTTP against the emulator, each alert
/// handed to a real `/bin/sh` command that appends what it read to a file.
@Suite struct OnAlertEndToEndTests {
    @Test("wall --output jsonl --on-alert: every alert line reaches the command, as the same contact and kind")
    func wallAlertsReachTheCommand() async throws {
        let simulator = Simulator(SimulatorConfiguration(scenario: .wallDemo, speed: 1000))
        let port = try await simulator.start()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("onalert-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let received = directory.appendingPathComponent("received.jsonl").path
        var settings = WallSettings(instanceId: DemoIdentity.instanceId)
        settings.contactIds = Array(WallSessionTests.ids.prefix(3))
        settings.format = .jsonl
        settings.onAlert = "cat >> '\(received)'"
        settings.options = .init(alertPatterns: ["Escalation"], alertNegative: 3)
        settings.scheduler = WallSchedulerConfiguration(
            maxRate: 200, pollInterval: .milliseconds(20), notFoundInterval: .milliseconds(50))
        let memory = MemoryConsole()
        do {
            try await WallSession.run(settings, clients: WallSessionTests.clients(port: port), console: memory.console)
        } catch {
            await simulator.stop()
            throw error
        }
        await simulator.stop()
        let printed = memory.outLines.compactMap { line -> (String, String)? in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let alert = object["Alert"] as? [String: Any]
            else { return nil }
            return (alert["ContactId"] as? String ?? "", alert["Kind"] as? String ?? "")
        }
        #expect(!printed.isEmpty)
        // The wall waited for the commands before it returned: the file is complete.
        let lines = try String(contentsOfFile: received, encoding: .utf8).split(separator: "\n")
        let got = try lines.map { line -> (String, String) in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String])
            return (object["contact"] ?? "", object["kind"] ?? "")
        }
        #expect(got.map { "\($0.0) \($0.1)" }.sorted() == printed.map { "\($0.0) \($0.1)" }.sorted())
        #expect(!memory.err.contains("--on-alert"), "\(memory.err)")
    }
}
