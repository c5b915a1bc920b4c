import AWSClient
import ContactLensModel
import Foundation
import LensSimulator
import Testing

@testable import LensApp
@testable import LensEngine

/// `lenstail wall` without a terminal, in-process, over real HTTP against the emulator: every
/// event of every contact as a JSON line tagged with its ContactId, alerts in a 0600 log.
@Suite struct WallSessionTests {
    static let ids = Scenario.wallDemo.contacts.map(\.contactId)

    static func clients(port: Int) -> WallClients {
        let endpoint = URL(string: "http://127.0.0.1:\(port)")!
        let credentials = StaticCredentialProvider(DemoIdentity.credentials, source: "test")
        return WallClients(
            lens: ContactLensClient(endpoint: endpoint, region: DemoIdentity.region, credentials: credentials),
            chat: ChatSegmentsClient(endpoint: endpoint, region: DemoIdentity.region, credentials: credentials),
            connect: ConnectDirectoryClient(endpoint: endpoint, region: DemoIdentity.region, credentials: credentials),
            place: "test")
    }

    @Test("Listed contacts stream as tagged JSON lines until every analysis is complete; alerts go to the log")
    func jsonLines() async throws {
        let simulator = Simulator(SimulatorConfiguration(scenario: .wallDemo, speed: 1000))
        let port = try await simulator.start()
        let clients = Self.clients(port: port)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("wall-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let log = directory.appendingPathComponent("alerts.jsonl").path
        var settings = WallSettings(instanceId: DemoIdentity.instanceId)
        settings.contactIds = Array(Self.ids.prefix(3))
        settings.format = .jsonl
        settings.alertLog = log
        settings.options = .init(alertPatterns: ["Escalation"], alertNegative: 3)
        settings.scheduler = WallSchedulerConfiguration(
            maxRate: 200, pollInterval: .milliseconds(20), notFoundInterval: .milliseconds(50))
        let memory = MemoryConsole()
        do {
            try await WallSession.run(settings, clients: clients, console: memory.console)
        } catch {
            await simulator.stop()
            throw error
        }
        await simulator.stop()
        let lines = memory.outLines
        #expect(!lines.isEmpty)
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["ContactId"] != nil || object?["Alert"] != nil, "\(line)")
        }
        for id in settings.contactIds {
            #expect(lines.contains { $0.contains(id) && $0.contains("\"Transcript\"") })
            #expect(lines.contains { $0.contains(id) && $0.contains("COMPLETED") })
        }
        let turns = lines.filter { $0.contains(Self.ids[0]) && $0.contains("\"Transcript\"") }.count
        #expect(
            turns == Scenario.wallDemo.contacts[0].segments.count { if case .transcript = $0.segment { true } else { false } })
        let logged = try String(contentsOfFile: log, encoding: .utf8)
        #expect(logged.contains("Escalation") && logged.contains(Self.ids[0]))
        let mode = try FileManager.default.attributesOfItem(atPath: log)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test("A listed chat is asked about once (DescribeContact says CHAT), then followed through the chat API to its end")
    func aListedChat() async throws {
        let simulator = Simulator(SimulatorConfiguration(scenario: .wallDemo, speed: 1000))
        let port = try await simulator.start()
        var settings = WallSettings(instanceId: DemoIdentity.instanceId)
        settings.contactIds = [Scenario.wallChatContactId]
        settings.format = .jsonl
        settings.scheduler = WallSchedulerConfiguration(
            maxRate: 200, pollInterval: .milliseconds(20), notFoundInterval: .milliseconds(50))
        let memory = MemoryConsole()
        do {
            try await WallSession.run(settings, clients: Self.clients(port: port), console: memory.console)
        } catch {
            await simulator.stop()
            throw error
        }
        await simulator.stop()
        let lines = memory.outLines.filter { $0.contains(Scenario.wallChatContactId) }
        #expect(lines.contains { $0.contains("I was charged twice for my March bill.") }, "\(lines)")
        #expect(lines.contains { $0.contains("receipt-march.pdf") }, "the attachment")
        #expect(lines.last?.contains("COMPLETED") == true)
    }

    @Test("A queue name the instance does not have is one clear line")
    func unknownQueue() async throws {
        let simulator = Simulator(SimulatorConfiguration(scenario: .wallDemo, speed: 1))
        let port = try await simulator.start()
        let clients = Self.clients(port: port)
        var settings = WallSettings(instanceId: DemoIdentity.instanceId)
        settings.queues = ["Nowhere"]
        settings.format = .jsonl
        let error = await #expect(throws: FatalError.self) {
            try await WallSession.run(settings, clients: clients, console: MemoryConsole().console)
        }
        await simulator.stop()
        #expect(error?.description.contains("no queue 'Nowhere'") == true, "\(String(describing: error))")
    }
}
