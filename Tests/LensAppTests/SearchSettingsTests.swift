import ContactLensModel
import Foundation
import LensBasics
import LensEngine
import Testing

@testable import LensApp

/// `lenstail search`'s command line: what it asks the API for, and one line naming the option
/// for each thing it cannot run.
@Suite struct SearchSettingsTests {
    static let instance = "6f0c5a1e-3d2b-4c8e-9a71-2b5e8d4f0c3a"
    static let now = Date(timeIntervalSince1970: 1_714_554_000)  // 2024-05-01T09:00:00Z
    static let utc = LocalZone.utc

    static func settings(
        instanceId: String? = instance, since: String? = nil, from: String? = nil, to: String? = nil,
        by: SearchTimeKind = .initiated, queues: [String] = [], agents: [String] = [], groups: [String] = [],
        channels: [SearchChannel] = [], says: [String] = [], saidBy: SaidBy? = nil, match: SearchMatch? = nil,
        inProgress: Bool = false, limit: Int = 100, timeZone: LocalZone = utc
    ) throws(UsageError) -> SearchSettings {
        try SearchSettings(
            instanceId: instanceId, since: since, from: from, to: to, by: by, queues: queues, agents: agents,
            hierarchyGroups: groups, channels: channels, says: says, saidBy: saidBy, match: match, inProgress: inProgress,
            limit: limit, output: nil, aws: AWSArguments(), now: now, timeZone: timeZone)
    }

    @Test func theLastDayByInitiationTimeByDefault() throws {
        let s = try Self.settings()
        #expect(s.timeRange.type == .initiationTimestamp)
        #expect(s.timeRange.endTime == Self.now)
        #expect(s.timeRange.startTime == Self.now.addingTimeInterval(-24 * 3600))
        #expect(s.limit == 100)
        #expect(s.criteria(queueIds: [], agentIds: [], groups: nil) == nil, "no criteria: none sent")
    }

    @Test func sinceAndByChooseTheRange() throws {
        let s = try Self.settings(since: "90m", by: .connected)
        #expect(s.timeRange.type == .connectedToAgentTimestamp)
        #expect(s.timeRange.startTime == Self.now.addingTimeInterval(-5400))
        #expect(try Self.settings(by: .enqueued).timeRange.type == .enqueueTimestamp)
        #expect(try Self.settings(by: .disconnected).timeRange.type == .disconnectTimestamp)
    }

    @Test func fromAndToReadZonedAndLocalTimes() throws {
        let s = try Self.settings(
            from: "2024-04-30T08:00:00Z", to: "2024-04-30 10:30", timeZone: LocalZone(secondsFromGMT: 7200)!)
        #expect(s.timeRange.startTime == Date(timeIntervalSince1970: 1_714_464_000))
        // 10:30 at +02:00 is 08:30 UTC.
        #expect(s.timeRange.endTime == Date(timeIntervalSince1970: 1_714_465_800))
        #expect(SearchTimeText.parse("2024-04-31", now: Self.now, timeZone: Self.utc) == nil, "30 days hath April")
    }

    @Test func badRangesAreOneLineNamingTheOption() {
        #expect(refusal { () throws(UsageError) in try Self.settings(since: "3x") }?.contains("--since '3x'") == true)
        #expect(refusal { () throws(UsageError) in try Self.settings(since: "0") }?.contains("--since") == true)
        #expect(
            refusal { () throws(UsageError) in try Self.settings(from: "yesterday") }?.contains("--from 'yesterday'") == true
        )
        #expect(
            refusal { () throws(UsageError) in try Self.settings(since: "1h", from: "2024-04-30") }?.contains("give one")
                == true)
        #expect(
            refusal { () throws(UsageError) in try Self.settings(from: "2024-05-01T10:00Z", to: "2024-05-01T09:00Z") }?
                .contains("is after --to") == true)
        #expect(refusal { () throws(UsageError) in try Self.settings(instanceId: nil) }?.contains("--instance-id") == true)
        #expect(
            refusal { () throws(UsageError) in try Self.settings(instanceId: String(repeating: "x", count: 101)) }?.contains(
                "--instance-id") == true)
        #expect(refusal { () throws(UsageError) in try Self.settings(limit: 0) }?.contains("--limit") == true)
        #expect(refusal { () throws(UsageError) in try Self.settings(queues: [" "]) }?.contains("--queue") == true)
    }

    @Test func saysBecomesTheTranscriptCriteria() throws {
        let either = try #require(try Self.settings(says: ["refund", "cancel my"]).transcript)
        #expect(either.criteria.map(\.participantRole) == ["AGENT", "CUSTOMER"])
        #expect(either.criteria.allSatisfy { $0.searchText == ["refund", "cancel my"] && $0.matchType == .matchAll })
        #expect(either.matchType == .matchAny, "said by either participant")
        let customer = try #require(try Self.settings(says: ["refund"], saidBy: .customer, match: .exact).transcript)
        #expect(customer.criteria.map(\.participantRole) == ["CUSTOMER"])
        #expect(customer.criteria[0].matchType == .matchExact)
        #expect(customer.matchType == nil)
        let neither = try #require(try Self.settings(says: ["refund"], match: SearchMatch.none).transcript)
        #expect(neither.matchType == .matchAll, "said by neither: both must not")
    }

    @Test func saysRulesNameTheOption() {
        #expect(refusal { () throws(UsageError) in try Self.settings(saidBy: .agent) }?.contains("go with --says") == true)
        #expect(refusal { () throws(UsageError) in try Self.settings(says: [""]) }?.contains("empty") == true)
        let long = String(repeating: "a", count: 129)
        #expect(refusal { () throws(UsageError) in try Self.settings(says: [long]) }?.contains("at most 128") == true)
        let many = (0...100).map { "w\($0)" }
        #expect(refusal { () throws(UsageError) in try Self.settings(says: many) }?.contains("at most 100") == true)
    }

    @Test func hierarchyGroupsGoToTheirLevel() throws {
        let s = try Self.settings(groups: ["g-top", "L3:g-team", "l2:g-site"])
        #expect(s.hierarchy == AgentHierarchyGroups(l1Ids: ["g-top"], l2Ids: ["g-site"], l3Ids: ["g-team"]))
        #expect(refusal { () throws(UsageError) in try Self.settings(groups: ["L7:g"]) }?.contains("L1 to L5") == true)
        let criteria = try #require(s.criteria(queueIds: [], agentIds: [], groups: s.hierarchy))
        #expect(criteria.agentHierarchyGroups?.l3Ids == ["g-team"])
    }

    @Test func channelsAndInProgressAreCriteria() throws {
        let s = try Self.settings(channels: [.chat, .chat, .voice], inProgress: true)
        let criteria = try #require(s.criteria(queueIds: ["q1"], agentIds: [], groups: nil))
        #expect(criteria.channels == [.chat, .voice])
        #expect(criteria.queueIds == ["q1"])
        #expect(criteria.additionalTimeRange == .inProgress)
    }

    @Test func theCountIsSaidAsItIs() {
        let contact = FoundContact(summary: ContactSearchSummary(id: "c"), object: .object([]))
        #expect(
            SearchResult(contacts: Array(repeating: contact, count: 100), totalCount: 2341, morePages: true).countText
                == "first 100 of 2,341 contacts")
        #expect(SearchResult(contacts: Array(repeating: contact, count: 37), totalCount: 37).countText == "37 contacts")
        #expect(SearchResult(contacts: [contact], totalCount: 1).countText == "1 contact")
        #expect(SearchResult(totalCount: 0).countText == "no contacts")
    }

    @Test func thePacerKeepsUnderTheQuota() {
        var pacer = RequestPacer(rate: 2, burst: 5)
        let waits = (0..<9).map { _ in pacer.delay(at: .zero) }
        #expect(waits.prefix(5).allSatisfy { $0 == .zero }, "the burst goes at once")
        #expect(waits[5] == .milliseconds(500) && waits[8] == .seconds(2), "then two a second: \(waits)")
    }

    @Test func demoHistoryIsADayToSearchAndStandsAlone() throws {
        func demo(wall: Bool = false, chat: Bool = false, faults: String = "") throws(UsageError) -> DemoSettings {
            try DemoSettings(
                speed: .times(1), faults: faults, wall: wall, history: true, chat: chat, redacted: false,
                polling: PollingSettings(), recordPath: nil, alerts: WallAlertSettings())
        }
        guard case .history = try demo().play else {
            Issue.record("demo --history plays something else")
            return
        }
        #expect(refusal { () throws(UsageError) in try demo(wall: true) }?.contains("--history") == true)
        #expect(refusal { () throws(UsageError) in try demo(faults: "throttle=0.5") }?.contains("--history") == true)
    }

    @Test func theTimeoutIsCheckedAsForEveryCommand() {
        let line = refusal { () throws(UsageError) in
            try SearchSettings(
                instanceId: Self.instance, since: nil, from: nil, to: nil, by: .initiated, queues: [], agents: [],
                hierarchyGroups: [], channels: [], says: [], saidBy: nil, match: nil, inProgress: false, limit: 100,
                output: nil, aws: AWSArguments(timeout: 0), now: Self.now)
        }
        #expect(line?.contains("--timeout") == true)
    }
}
