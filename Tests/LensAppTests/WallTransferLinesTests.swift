import ContactLensModel
import Foundation
import LensSimulator
import Synchronization
import Testing

@testable import LensApp
@testable import LensEngine

/// The wall's JSON lines over discovery, against the emulator: the escalating call that Sam
/// transfers to Frank says the transfer once, tagged with the new leg's ContactId and naming the
/// leg it came from (ListAssociatedContacts), before any of the new leg's turns.
@Suite struct WallTransferLinesTests {
    @Test func theTransferLineComesBeforeTheNewLegsTurns() async throws {
        // The floor's clock starts with the emulator; a loaded CI machine's wall first looked 20 s
        // later, when at 10x the transfer's legs were over. At 3x they are live for a minute.
        let speed = 3.0
        let simulator = Simulator(SimulatorConfiguration(scenario: .wallDemo, speed: speed))
        let port = try await simulator.start()
        var settings = WallSettings(instanceId: DemoIdentity.instanceId)
        settings.queues = ["Billing", "Retention"]
        settings.format = .jsonl
        settings.discoveryInterval = .milliseconds(100)
        settings.scheduler = WallSchedulerConfiguration(
            maxRate: 200, pollInterval: .milliseconds(20), notFoundInterval: .milliseconds(50))
        // The floor's last call starts then: the lines end once every call on it is over.
        settings.floorClosesAt = Date().addingTimeInterval(Double(Scenario.wallDemo.lastCallStartMillis) / 1000 / speed + 2)
        let memory = MemoryConsole()
        let clients = WallSessionTests.clients(port: port)
        let run = Task { try await WallSession.run(settings, clients: clients, console: memory.console) }
        // A bound for a hang: a loaded machine once left a leg open and the lines never ended.
        let fired = Mutex(false)
        let watchdog = Task {
            try await Task.sleep(for: .seconds(120))
            fired.withLock { $0 = true }
            run.cancel()
        }
        let outcome = await run.result
        watchdog.cancel()
        let timedOut = fired.withLock { $0 }
        await simulator.stop()
        let lines = memory.outLines
        #expect(!timedOut, "the lines did not end within 120 s:\n\(lines.joined(separator: "\n"))")
        try outcome.get()
        let transfers = lines.enumerated().filter { $0.element.contains("\"Transfer\"") }
        #expect(transfers.count == 1, "\(lines.joined(separator: "\n"))")
        let (at, line) = try #require(transfers.first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["ContactId"] as? String == Scenario.wallTransferContactId)
        let transfer = try #require(object["Transfer"] as? [String: Any])
        #expect(transfer["PreviousContactId"] as? String == Scenario.wallEscalatingContactId)
        #expect(transfer["Queue"] as? String == "Retention")
        let firstTurn = lines.firstIndex { $0.contains(Scenario.wallTransferContactId) && $0.contains("\"Transcript\"") }
        #expect(firstTurn.map { $0 > at } == true, "the transfer is said before the new leg's first turn")
    }
}
