import AWSClient
import ContactLensModel
import Foundation
import LensSimulator
import Testing

@testable import LensApp
@testable import LensEngine

/// `lenstail wall --queue … --alert-wait` without a terminal, in-process, over real HTTP against
/// the emulator's floor: a `{"Queue":…}` line per queue each refresh, a queue over the wait as
/// one alert (a line and in the alert log), and a missing permission said once while the
/// contacts' lines go on.
@Suite struct WallQueueLinesTests {
    static func settings(queues: [String], contactIds: [String] = [], log: String? = nil) -> WallSettings {
        var settings = WallSettings(instanceId: DemoIdentity.instanceId)
        settings.queues = queues
        settings.contactIds = contactIds
        settings.format = .jsonl
        settings.alertLog = log
        settings.options = .init(alertWait: 60)
        settings.queueInterval = .milliseconds(100)
        settings.scheduler = WallSchedulerConfiguration(
            maxRate: 200, pollInterval: .milliseconds(20), notFoundInterval: .milliseconds(50))
        return settings
    }

    /// Runs the wall until `done` holds for what it wrote, then stops it as Ctrl-C would.
    static func run(
        _ settings: WallSettings, _ configuration: SimulatorConfiguration, until done: @escaping (MemoryConsole) -> Bool
    ) async throws -> MemoryConsole {
        let simulator = Simulator(configuration)
        let port = try await simulator.start()
        let memory = MemoryConsole()
        let wall = Task {
            try await WallSession.run(settings, clients: WallSessionTests.clients(port: port), console: memory.console)
        }
        let deadline = ContinuousClock.now + .seconds(120)  // for a hang
        while !done(memory), ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
        wall.cancel()
        _ = await wall.result
        await simulator.stop()
        #expect(done(memory), "stopped waiting after 120 s: \(memory.out.suffix(2000)) \(memory.err)")
        return memory
    }

    static func objects(_ memory: MemoryConsole, _ key: String) -> [[String: Any]] {
        memory.outLines.compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?[key] as? [String: Any]
        }
    }

    @Test("A queue line per queue each refresh; Support's caller, waiting over --alert-wait 1m, is one alert, logged")
    func queueLinesAndTheWaitAlert() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("queues-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let log = directory.appendingPathComponent("alerts.jsonl").path
        let settings = Self.settings(queues: ["Billing", "Support", "Sales", "Retention"], log: log)
        // Support's first caller has waited since 70 s before the floor began: over a minute from the start.
        let memory = try await Self.run(settings, SimulatorConfiguration(scenario: .wallDemo, speed: 1)) { memory in
            Self.objects(memory, "Queue").filter { $0["Name"] as? String == "Support" }.count >= 4
        }
        let queues = Self.objects(memory, "Queue")
        #expect(Array(queues.prefix(4)).compactMap { $0["Name"] as? String } == ["Billing", "Support", "Sales", "Retention"])
        let support = queues.filter { $0["Name"] as? String == "Support" }
        #expect(support.allSatisfy { $0["QueueId"] as? String == "q-support-0002" && ($0["ContactsInQueue"] as? Int ?? 0) >= 1 })
        #expect(support.allSatisfy { ($0["OldestContactAgeSeconds"] as? Double ?? 0) >= 70 }, "\(support)")
        #expect(queues.allSatisfy { $0["AgentsOnline"] is Int && $0["AgentsAvailable"] is Int })
        let lines = memory.outLines.filter { $0.hasPrefix("{\"Queue\"") }
        #expect(lines.allSatisfy { $0.contains("\"Time\":\"") }, "each line says when")
        let alerts = Self.objects(memory, "Alert").filter { $0["Kind"] as? String == "wait" }
        let queued = alerts.compactMap { $0["Queue"] as? String }
        // Billing's callers cross the minute 15 s into the floor, and stay over: on a slow machine it alerts too.
        #expect(queued.filter { $0 == "Support" }.count == 1, "once, though over at every refresh: \(alerts)")
        #expect(Set(queued).count == queued.count && Set(queued).isSubset(of: ["Support", "Billing"]), "\(alerts)")
        let alert = try #require(alerts.first { $0["Queue"] as? String == "Support" })
        #expect(alert["ContactId"] as? String == "-" && alert["Agent"] as? String == "-")
        #expect((alert["Detail"] as? String)?.contains("(over 1m00s)") == true, "\(alert)")
        let logged = try String(contentsOfFile: log, encoding: .utf8)
        #expect(logged.contains("\"Kind\":\"wait\"") && logged.contains("Support"), "\(logged)")
    }

    @Test("connect:GetCurrentMetricData denied: one line on standard error; the listed contacts' lines go on to their end")
    func deniedSaidOnce() async throws {
        let ids = Array(Scenario.wallDemo.contacts.map(\.contactId).prefix(2))
        var configuration = SimulatorConfiguration(scenario: .wallDemo, speed: 1000)
        configuration.deniedActions = ["GetCurrentMetricData"]
        let memory = try await Self.run(Self.settings(queues: ["Billing"], contactIds: ids), configuration) { memory in
            ids.allSatisfy { id in memory.outLines.contains { $0.contains(id) && $0.contains("COMPLETED") } }
        }
        let said = memory.err.components(separatedBy: "\n").filter { $0.contains("queue figures") }
        #expect(said.count == 1, "\(memory.err)")
        #expect(said.first?.contains("needs connect:GetCurrentMetricData") == true)
        #expect(Self.objects(memory, "Queue").isEmpty)
    }
}
