import AWSClient
import ContactLensModel
import Foundation
import LensSimulator
import Testing

@testable import LensApp
@testable import LensEngine

/// `lenstail search` in-process against the emulator's day of contacts, over real HTTP and
/// SigV4 on loopback: the table and JSON lines, names resolved as the wall resolves them, the
/// count said as it is, paging and throttling under the quota, and opening a found contact.
@Suite struct SearchSessionTests {
    static let scenario = Scenario.history

    /// Runs `body` against an emulator of the history scenario under the service's quotas.
    static func withEmulator<T>(
        now: @escaping @Sendable () -> Date = Date.init, _ body: (WallClients) async throws -> T
    ) async throws -> T {
        let simulator = Simulator(SimulatorConfiguration(scenario: scenario, speed: 1, rateLimit: .serviceQuota, now: now))
        let port = try await simulator.start()
        do {
            let result = try await body(WallSessionTests.clients(port: port))
            await simulator.stop()
            return result
        } catch {
            await simulator.stop()
            throw error
        }
    }

    static func settings(
        queues: [String] = [], says: [String] = [], match: SearchMatch? = nil, limit: Int = 100, format: OutputFormat = .jsonl
    ) throws -> SearchSettings {
        try SearchSettings(
            instanceId: DemoIdentity.instanceId, since: "24h", from: nil, to: nil, by: .initiated, queues: queues, agents: [],
            hierarchyGroups: [], channels: [], says: says, saidBy: nil, match: match, inProgress: false, limit: limit,
            output: format, aws: AWSArguments())
    }

    static func run(_ settings: SearchSettings, _ clients: WallClients) async throws -> MemoryConsole {
        let memory = MemoryConsole()
        try await SearchSession.run(
            settings, clients: clients, credentialSource: "test", console: memory.console, terminal: false)
        return memory
    }

    static func ids(_ memory: MemoryConsole) throws -> [String] {
        try memory.outLines.map { line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return try #require(object["Id"] as? String)
        }
    }

    @Test func theDayAsJSONLinesWithISOTimes() async throws {
        let memory = try await Self.withEmulator { try await Self.run(try Self.settings(), $0) }
        let ids = try Self.ids(memory)
        #expect(ids.count == 42 && Set(ids).count == 42, "40 finished and 2 in progress")
        #expect(memory.err.contains("42 contacts"))
        let first = try #require(memory.outLines.first)
        #expect(first.contains("\"InitiationTimestamp\":\"20") && first.contains("Z\""), "ISO 8601: \(first)")
    }

    @Test func theTableNamesAgentsAndQueuesAndSaysTheCount() async throws {
        let memory = try await Self.withEmulator { try await Self.run(try Self.settings(limit: 10, format: .text), $0) }
        let lines = memory.outLines
        #expect(lines.first == "# first 10 of 42 contacts")
        #expect(lines[1].hasPrefix("START") && lines[1].contains("CONTACT ID"))
        #expect(lines.count == 12)
        #expect(lines.contains { $0.contains("Billing") } && lines.contains { $0.contains("priya.nair") })
        #expect(!lines.contains { $0.contains("q-billing") }, "names, not ids, where the listings have them")
    }

    @Test func aQueueByNameAndAnUnknownOne() async throws {
        try await Self.withEmulator { clients in
            let billing = try await Self.run(try Self.settings(queues: ["billing"], format: .text), clients).outLines.dropFirst(2)
            #expect(!billing.isEmpty && billing.allSatisfy { $0.contains("Billing") })
            do {
                _ = try await Self.run(try Self.settings(queues: ["Nope"]), clients)
                Issue.record("an unknown queue was searched")
            } catch {
                #expect("\(error)".contains("no queue 'Nope'"), "\(error)")
            }
        }
    }

    @Test func whatWasSaidAndWhatWasNot() async throws {
        // The contacts whose words mention a refund, read from the scenario itself.
        let mentions = Set(
            Self.scenario.contacts.filter { contact in
                let text = (try? JSONEncoder().encode(contact.segments)).map { String(decoding: $0, as: UTF8.self) } ?? ""
                return text.lowercased().contains("refund")
            }.map(\.contactId))
        try await Self.withEmulator { clients in
            let said = Set(try Self.ids(try await Self.run(try Self.settings(says: ["refund"]), clients)))
            #expect(!said.isEmpty && said.isSubset(of: mentions), "\(said) ⊄ \(mentions)")
            let notSaid = Set(
                try Self.ids(try await Self.run(try Self.settings(says: ["refund"], match: SearchMatch.none), clients)))
            #expect(said.isDisjoint(with: notSaid) && !notSaid.isEmpty)
        }
    }

    @Test func throttledPagesAreRetriedAndNoneIsLost() async throws {
        // The emulator's clock at quarter speed refills its quota at 0.5/s, so even a loaded
        // machine's requests outrun it (at half speed, a CI run under load 12 was never throttled).
        let start = Date()
        let quarterSpeed: @Sendable () -> Date = { start.addingTimeInterval(Date().timeIntervalSince(start) / 4) }
        let result = try await Self.withEmulator(now: quarterSpeed) { clients in
            var searcher = ContactSearcher(client: ConnectClient(service: clients.connect.service), credentialSource: "test")
            // Faster than the quota (2/s, burst 5), one contact a page: the service throttles.
            searcher.pacer = RequestPacer(rate: 1000, burst: 1000)
            searcher.pageSize = 1
            searcher.retry = RetryPolicy(maxAttempts: 20, base: .milliseconds(100), cap: .milliseconds(600))
            let settings = try Self.settings(limit: 12)
            let request = SearchContactsRequest(instanceId: settings.instanceId, timeRange: settings.timeRange)
            return try await searcher.search(request, limit: 12)
        }
        #expect(result.contacts.count == 12 && Set(result.contacts.map(\.id)).count == 12)
        #expect(result.requests > 12, "some pages were throttled and asked again")
        #expect(result.countText == "first 12 of 42 contacts")
    }

    @Test func pagesArePacedUnderTheQuota() async throws {
        let (result, elapsed) = try await Self.withEmulator { clients in
            var searcher = ContactSearcher(client: ConnectClient(service: clients.connect.service), credentialSource: "test")
            searcher.pageSize = 1
            let settings = try Self.settings(limit: 8)
            let start = ContinuousClock.now
            let result = try await searcher.search(
                SearchContactsRequest(instanceId: settings.instanceId, timeRange: settings.timeRange), limit: 8)
            return (result, ContinuousClock.now - start)
        }
        #expect(result.contacts.count == 8 && Set(result.contacts.map(\.id)).count == 8)
        // A burst of five, then two a second: eight pages take 1.5 s at least.
        #expect(elapsed >= .milliseconds(1500), "\(elapsed)")
        // Paced, a throttled page is the odd one (a request that arrives a little early), not the rule.
        #expect(result.requests <= 10, "\(result.requests) requests for 8 pages")
    }

    @Test func aFoundContactOpensFromTheRealTimeAPIElseSaysWhereItIs() async throws {
        try await Self.withEmulator { clients in
            let settings = try Self.settings(limit: 5)
            let searcher = ContactSearcher(client: ConnectClient(service: clients.connect.service), credentialSource: "test")
            let found = try await searcher.search(
                SearchContactsRequest(instanceId: settings.instanceId, timeRange: settings.timeRange), limit: 5)
            let finished = try #require(found.contacts.first { $0.summary.disconnectTimestamp != nil })
            let opener = ContactOpener(
                instanceId: settings.instanceId, clients: clients, credentialSource: "test", interval: .milliseconds(50))
            var segments = 0
            for await event in opener.open(finished).events() {
                if case .segments(let page, _) = event { segments += page.count }
                if case .failed(let message) = event { Issue.record("\(message)") }
            }
            #expect(segments > 0)
            // A contact the real-time API does not have: the S3 step's place, said in one line.
            var gone = finished
            gone.summary.id = "da7a0000-0000-4000-8000-0000000009ff"
            var failure: String?
            for await event in opener.open(gone).events() {
                if case .failed(let message) = event { failure = message }
            }
            #expect(failure?.contains("not in the real-time API any more") == true, "\(failure ?? "no failure")")
        }
    }
}
