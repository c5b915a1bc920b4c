import AWSClient
import ContactLensModel
import Foundation
import LensSimulator
import Testing

/// GetCurrentMetricData through our client against the wall demo's floor, over loopback.
@Suite struct CurrentMetricDataTests {
    static let queues = ["q-billing-0001", "q-support-0002", "q-sales-0003"]
    static let metrics: [CurrentMetricName] = [
        .contactsInQueue, .oldestContactAge, .agentsOnline, .agentsAvailable, .agentsOnContact, .agentsAfterContactWork,
    ]

    static func request(groupings: [MetricGrouping]? = [.queue], maxResults: Int? = nil) -> GetCurrentMetricDataRequest {
        GetCurrentMetricDataRequest(
            instanceId: DemoIdentity.instanceId, filters: CurrentMetricFilters(queues: queues, channels: [.voice, .chat]),
            groupings: groupings, currentMetrics: metrics.map(CurrentMetric.init), maxResults: maxResults)
    }

    @Test("Per queue: callers waiting, a growing oldest wait, and agents who add up to those online")
    func perQueue() async throws {
        try await ConnectHarness.with(.init(scenario: .wallDemo, speed: 1)) { _, client in
            let first = try await client.getCurrentMetricData(Self.request())
            #expect(Set(first.metricResults.compactMap { $0.dimensions?.queue?.id }) == Set(Self.queues))
            #expect(first.dataSnapshotTime != nil && first.approximateTotalCount == 3)
            for result in first.metricResults {
                let online = try #require(result.value(.agentsOnline))
                let parts = [
                    result.value(.agentsAvailable), result.value(.agentsOnContact), result.value(.agentsAfterContactWork),
                ]
                #expect(parts.compactMap { $0 }.reduce(0, +) == online, "\(result)")
                #expect(result.collections.map { $0.metric?.name } == Self.metrics, "every requested metric, in order")
            }
            let billing = try #require(first.metricResults.first { $0.dimensions?.queue?.id == "q-billing-0001" })
            #expect(try #require(billing.value(.contactsInQueue)) >= 2)
            let oldest = try #require(billing.value(.oldestContactAge))
            #expect(oldest >= 45 && oldest < 600, "seconds: a caller waits since 45 s before the start")
            try await Task.sleep(for: .milliseconds(2_100))
            let later = try await client.getCurrentMetricData(Self.request())
            let again = try #require(later.metricResults.first { $0.dimensions?.queue?.id == "q-billing-0001" })
            #expect(try #require(again.value(.oldestContactAge)) >= oldest + 2, "the wait grows")
        }
    }

    @Test("Without grouping the wire says SECONDS but carries milliseconds; the client reads seconds")
    func ungroupedMilliseconds() async throws {
        let frozen = Date()  // every request sees the same moment
        try await ConnectHarness.with(.init(scenario: .wallDemo, speed: 1, now: { frozen })) { _, client in
            let request = Self.request(groupings: nil)
            let read = try await client.getCurrentMetricData(request)
            let grouped = try await client.getCurrentMetricData(Self.request())
            let wire = try await WireClient(endpoint: client.endpoint).send(
                raw: try ConnectJSON.encode(request.body), path: GetCurrentMetricData.path(instanceId: DemoIdentity.instanceId))
            let raw = try ConnectJSON.decode(GetCurrentMetricDataResponse.self, from: wire.body)
            let millis = try #require(raw.metricResults.first?.value(.oldestContactAge))
            let seconds = try #require(read.metricResults.first?.value(.oldestContactAge))
            let oldestGrouped = grouped.metricResults.compactMap { $0.value(.oldestContactAge) }.max() ?? 0
            #expect(raw.metricResults.first?.collections.first { $0.metric?.name == .oldestContactAge }?.metric?.unit == .seconds)
            #expect(millis > 40_000 && abs(millis / 1000 - seconds) < 0.01, "\(millis) ms on the wire, \(seconds) s read")
            #expect(seconds - oldestGrouped < 1 && seconds >= oldestGrouped, "grouped answers round down to whole seconds")
            #expect(read.metricResults.count == 1 && read.metricResults.first?.dimensions == nil)
            print(
                "FIGURE OLDEST_CONTACT_AGE without grouping: \(millis) on the wire (unit SECONDS) → \(seconds) s read; "
                    + "grouped: \(oldestGrouped) s")
        }
    }

    @Test("Pages of one; a token sent with other parameters is refused; the model's rules are checked")
    func pagingAndValidation() async throws {
        try await ConnectHarness.with(.init(scenario: .wallDemo, speed: 1)) { _, client in
            let all = try await client.allCurrentMetricData(Self.request(maxResults: 1))
            #expect(all.count == 3)
            let first = try await client.getCurrentMetricData(Self.request(maxResults: 1))
            var other = Self.request(maxResults: 1)
            other.currentMetrics = [CurrentMetric(.agentsOnline)]
            other.nextToken = first.nextToken
            let refused = await ConnectHarness.serviceError { () async throws(ClientError) in
                try await client.getCurrentMetricData(other)
            }
            #expect(refused?.code == "InvalidParameterException")
            var wrongUnit = Self.request()
            wrongUnit.currentMetrics = [CurrentMetric(name: .oldestContactAge, unit: .count)]
            let unit = await ConnectHarness.serviceError { () async throws(ClientError) in
                try await client.getCurrentMetricData(wrongUnit)
            }
            #expect(unit?.code == "InvalidParameterException" && unit?.message.contains("SECONDS") == true)
            var both = Self.request()
            both.filters.routingProfiles = ["rp-front-0001"]
            let mixed = await ConnectHarness.serviceError { () async throws(ClientError) in
                try await client.getCurrentMetricData(both)
            }
            #expect(mixed?.code == "InvalidParameterException")
            var tooMany = Self.request()
            tooMany.filters.queues = (0...100).map { "q-\($0)" }
            await #expect(throws: ClientError.self) { _ = try await client.getCurrentMetricData(tooMany) }
        }
    }

    @Test("Its own quota: 8 at once pass where Contact Lens allows 2, the 9th is throttled, and Contact Lens still answers")
    func ownQuota() async throws {
        let frozen = Date()  // the emulator's clock stands still: no token comes back while the test runs
        try await ConnectHarness.with(.init(scenario: .wallDemo, speed: 1, rateLimit: .serviceQuota, now: { frozen })) {
            _, client in
            var codes: [String] = []
            for _ in 0..<9 {
                do {
                    _ = try await client.getCurrentMetricData(Self.request())
                    codes.append("200")
                } catch let error as ClientError {
                    codes.append(error.isThrottling ? "429" : "\(error)")
                }
            }
            #expect(codes.prefix(8).allSatisfy { $0 == "200" } && codes.last == "429", "\(codes)")
            print("FIGURE GetCurrentMetricData quota (clock frozen): \(codes.joined(separator: " "))")
            let lens = ContactLensClient(endpoint: client.endpoint, region: DemoIdentity.region, credentials: client.credentials)
            let page = await ConnectHarness.serviceError { () async throws(ClientError) in
                try await lens.send(
                    ListSegmentsRequest(instanceId: DemoIdentity.instanceId, contactId: Scenario.wallDemo.contacts[0].contactId))
            }
            #expect(page == nil || page?.code != "ThrottlingException", "Contact Lens's quota is its own")
        }
    }
}
