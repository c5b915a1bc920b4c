import ContactLensModel
import Foundation
import LensSimulator
import Testing

@Suite("Simulator over loopback HTTP: paging and live calls")
struct SimulatorPagingTests {
    @Test("A finished call pages to exactly the scenario's segments; the last page has no NextToken")
    func finishedCallPaging() async throws {
        try await withSimulator(.init(scenario: Fixture.scenario, speed: .infinity)) { simulator, client in
            var segments: [Segment] = []
            var token: String?
            var pages = 0
            repeat {
                let response = try await client.list(
                    instanceId: Fixture.instanceId, contactId: "contact-1",
                    maxResults: 2, nextToken: token)
                #expect(response.status == 200)
                #expect(response.headers["content-type"] == "application/json")
                #expect(response.headers["x-amzn-requestid"]?.isEmpty == false)
                let page = try response.page()
                #expect(page.segments.count <= 2)
                segments += page.segments
                token = page.nextToken
                pages += 1
            } while token != nil && pages < 10
            #expect(segments == Fixture.expected)
            #expect(pages == 3)
            let log = await simulator.requestLog
            #expect(log.map(\.returnedNextToken) == [true, true, false])
            #expect(log.map(\.segmentCount) == [2, 2, 2])
        }
    }

    @Test("The default page holds up to 100 segments, and the whole demo arrives in one page once finished")
    func demoInOnePage() async throws {
        try await withSimulator(.init(scenario: .demo, speed: .infinity)) { _, client in
            let page = try await client.list().page()
            #expect(page.segments == Scenario.demo.contacts[0].timeline.map(\.segment))
            #expect(page.nextToken == nil)
        }
    }

    @Test("A live call keeps NextToken until it is over, then releases everything in order")
    func liveCall() async throws {
        // 4.5 s of call at 10x: about 450 ms of wall time.
        try await withSimulator(.init(scenario: Fixture.scenario, speed: 10)) { simulator, client in
            var segments: [Segment] = []
            var token: String?
            var pages = 0
            let deadline = Date().addingTimeInterval(10)
            while Date() < deadline {
                let page = try await client.list(
                    instanceId: Fixture.instanceId, contactId: "contact-1",
                    nextToken: token
                ).page()
                pages += 1
                segments += page.segments
                guard let next = page.nextToken else { break }
                token = next
                try await Task.sleep(for: .milliseconds(25))
            }
            #expect(segments == Fixture.expected)
            #expect(pages >= 2, "the call should not be over at the first request")
            let log = await simulator.requestLog
            #expect(log.first?.returnedNextToken == true)
            #expect(log.first?.segmentCount == 0, "nothing is released at call time zero")
            let tokenUntilLast = log.dropLast().allSatisfy { $0.returnedNextToken }
            #expect(tokenUntilLast)
            #expect(log.last?.returnedNextToken == false)
        }
    }

    @Test("The call clock is per contact: another contact's call starts at its own first request")
    func perContactClock() async throws {
        try await withSimulator(.init(scenario: Fixture.scenario, speed: 1)) { _, client in
            let first = try await client.list(instanceId: Fixture.instanceId, contactId: "contact-1").page()
            let second = try await client.list(instanceId: Fixture.instanceId, contactId: "contact-2").page()
            #expect(first.segments.isEmpty && first.nextToken != nil)
            #expect(second.segments.isEmpty && second.nextToken != nil)
        }
    }
}

/// An emulator left running keeps the latest requests only.
@Suite struct SimulatorRequestLogTests {
    @Test func theRequestLogKeepsTheLatestRequestsOnly() async throws {
        var configuration = SimulatorConfiguration(scenario: Fixture.scenario, speed: .infinity)
        configuration.requestLogLimit = 10
        try await withSimulator(configuration) { simulator, client in
            for n in 0..<25 { _ = try await client.list(instanceId: Fixture.instanceId, contactId: "c\(n)") }
            let log = await simulator.requestLog
            #expect(log.map(\.contactId) == (15..<25).map { "c\($0)" })
        }
    }
}
