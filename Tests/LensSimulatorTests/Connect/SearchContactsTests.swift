import AWSClient
import ContactLensModel
import Foundation
import LensSimulator
import Testing

/// SearchContacts through our client over the history scenario's day, over loopback.
@Suite struct SearchContactsTests {
    static let scenario = Scenario.history
    static var floor: ScenarioFloor { scenario.floor! }

    static func request(_ criteria: SearchCriteria? = nil, maxResults: Int? = 100, sort: SearchContactsSort? = nil)
        -> SearchContactsRequest
    {
        SearchContactsRequest(
            instanceId: DemoIdentity.instanceId,
            timeRange: SearchContactsTimeRange(
                startTime: Date().addingTimeInterval(-86_400), endTime: Date().addingTimeInterval(60)),
            searchCriteria: criteria, maxResults: maxResults, sort: sort)
    }

    static func said(_ role: String, _ texts: [String], _ match: SearchContactsMatchType) -> SearchCriteria {
        SearchCriteria(
            contactAnalysis: ContactAnalysis(
                transcript: TranscriptSearch(criteria: [
                    TranscriptCriteria(participantRole: role, searchText: texts, matchType: match)
                ])))
    }

    /// The ids of the scenario's contacts where `role` said something matching `pattern` (a regex).
    static func contacts(where role: String, said pattern: String) -> Set<String> {
        Set(
            scenario.contacts.filter { contact in
                contact.segments.contains { item in
                    let line: (String, String)? =
                        switch item.segment {
                        case .transcript(let turn): (turn.participantRole, turn.content)
                        case .chat(.transcript(let message)): (message.participantRole, message.content)
                        default: nil
                        }
                    guard let line, line.0 == role else { return false }
                    return line.1.range(of: pattern, options: [.regularExpression, .caseInsensitive]) != nil
                }
            }.map(\.contactId))
    }

    static func ids(_ client: ConnectClient, _ criteria: SearchCriteria?) async throws -> Set<String> {
        Set(try await client.searchContacts(Self.request(criteria), limit: 1_000).contacts.compactMap(\.id))
    }

    @Test("A day in pages of 10: every contact once, TotalCount on the first page only")
    func paging() async throws {
        try await ConnectHarness.with(.init(scenario: Self.scenario, speed: 1)) { _, client in
            let (contacts, total) = try await client.searchContacts(Self.request(maxResults: 10), limit: 1_000)
            let expected = (Self.floor.history ?? []).count + Self.floor.calls.count
            #expect(expected == 42 && contacts.count == expected && total == expected)
            #expect(Set(contacts.compactMap(\.id)).count == expected)
            var next = Self.request(maxResults: 10)
            let first = try await client.searchContacts(next)
            next.nextToken = first.nextToken
            let second = try await client.searchContacts(next)
            #expect(first.totalCount == expected && second.totalCount == nil && second.contacts.count == 10)
            let times = contacts.compactMap(\.initiationTimestamp)
            #expect(times == times.sorted(by: >), "newest first by default")
            next.searchCriteria = Self.said("CUSTOMER", ["refund"], .matchAny)
            let refused = await ConnectHarness.serviceError { () async throws(ClientError) in
                try await client.searchContacts(next)
            }
            #expect(refused?.code == "InvalidParameterException", "a token is for the search that issued it")
        }
    }

    @Test("Words match case-insensitively; MATCH_EXACT wants the phrase; MATCH_NONE is the rest of the analysed contacts")
    func transcript() async throws {
        try await ConnectHarness.with(.init(scenario: Self.scenario, speed: 1)) { _, client in
            let refunds = try await Self.ids(client, Self.said("CUSTOMER", ["refund"], .matchAny))
            #expect(refunds == Self.contacts(where: "CUSTOMER", said: #"\brefund\b"#) && refunds.count >= 3)
            #expect(try await Self.ids(client, Self.said("CUSTOMER", ["REFUND"], .matchAll)) == refunds)
            let phrase = try await Self.ids(client, Self.said("CUSTOMER", ["charged twice"], .matchExact))
            #expect(phrase == Self.contacts(where: "CUSTOMER", said: #"\bcharged twice\b"#) && !phrase.isEmpty)
            #expect(try await Self.ids(client, Self.said("CUSTOMER", ["twice charged"], .matchExact)).isEmpty)
            #expect(try await Self.ids(client, Self.said("CUSTOMER", ["twice charged"], .matchAll)) == phrase)
            let cancel = try await Self.ids(client, Self.said("CUSTOMER", ["cancel", "refund"], .matchAny))
            #expect(cancel == refunds.union(Self.contacts(where: "CUSTOMER", said: #"\bcancel\b"#)))
            let none = try await Self.ids(client, Self.said("CUSTOMER", ["refund"], .matchNone))
            let finished = Set(Self.scenario.contacts.map(\.contactId)).subtracting(Self.floor.calls.map(\.contactId))
            #expect(none.isDisjoint(with: refunds) && none.union(refunds) == finished, "only finished, analysed contacts match")
            let agent = try await Self.ids(client, Self.said("AGENT", ["retention"], .matchAny))
            #expect(agent == Self.contacts(where: "AGENT", said: #"\bretention\b"#) && !agent.isEmpty)
        }
    }

    @Test("In progress: no disconnect time yet; transfers by initiation method; queue, agent and channel filters")
    func criteria() async throws {
        try await ConnectHarness.with(.init(scenario: Self.scenario, speed: 1)) { _, client in
            let live = try await Self.ids(client, SearchCriteria(additionalTimeRange: .inProgress))
            #expect(live == Set(Self.floor.calls.map(\.contactId)))
            let legs = try await client.searchContacts(
                Self.request(SearchCriteria(initiationMethods: [.transfer, .queueTransfer])), limit: 100
            ).contacts
            let all = try await client.searchContacts(Self.request(), limit: 100).contacts
            #expect(legs.count == 3)
            for leg in legs {
                let previous = all.first { $0.id == leg.previousContactId }
                #expect(previous != nil && previous?.agentInfo?.id != leg.agentInfo?.id, "\(leg)")
                #expect(leg.initialContactId == leg.previousContactId)
            }
            let billing = try await client.searchContacts(Self.request(SearchCriteria(queueIds: ["q-billing-0001"])), limit: 100)
            #expect(!billing.contacts.isEmpty && billing.contacts.allSatisfy { $0.queueInfo?.id == "q-billing-0001" })
            let chats = try await client.searchContacts(
                Self.request(SearchCriteria(agentIds: ["u-ana"], channels: [.chat])), limit: 100)
            #expect(
                chats.contacts.count == (Self.floor.history ?? []).filter { $0.agentId == "u-ana" && $0.channel == "CHAT" }.count)
            let oldest = try await client.searchContacts(
                Self.request(sort: SearchContactsSort(fieldName: "INITIATION_TIMESTAMP", order: .ascending)), limit: 100)
            let times = oldest.contacts.compactMap(\.initiationTimestamp)
            #expect(times == times.sorted() && times.count == all.count)
        }
    }

    @Test("The model's limits: refused before sending by the client, and by the emulator when sent anyway")
    func limits() async throws {
        try await ConnectHarness.with(.init(scenario: Self.scenario, speed: 1)) { simulator, client in
            let seven = SearchCriteria(
                contactAnalysis: ContactAnalysis(
                    transcript: TranscriptSearch(
                        criteria: Array(
                            repeating: TranscriptCriteria(participantRole: "AGENT", searchText: ["x"], matchType: .matchAny),
                            count: 7))))
            await #expect(throws: ClientError.self) { _ = try await client.searchContacts(Self.request(seven)) }
            let long = Self.said("AGENT", [String(repeating: "a", count: 129)], .matchAny)
            await #expect(throws: ClientError.self) { _ = try await client.searchContacts(Self.request(long)) }
            await #expect(throws: ClientError.self) { _ = try await client.searchContacts(Self.request(maxResults: 101)) }
            #expect(await simulator.requestLog.isEmpty, "nothing was sent")
            let wire = WireClient(endpoint: client.endpoint)
            let sent = try await wire.send(raw: try ConnectJSON.encode(Self.request(seven)), path: SearchContacts.path)
            #expect(sent.status == 400 && sent.errorType == "InvalidParameterException", "\(sent.message ?? "")")
            let noRange = try await wire.send(json: ["InstanceId": DemoIdentity.instanceId], path: SearchContacts.path)
            #expect(noRange.status == 400 && noRange.message?.contains("TimeRange") == true)
            var badRole = Self.request(Self.said("MANAGER", ["x"], .matchAny))
            badRole.maxResults = 5
            let role = await ConnectHarness.serviceError { () async throws(ClientError) in
                try await client.searchContacts(badRole)
            }
            #expect(role?.code == "InvalidParameterException" && role?.message.contains("SUPERVISOR") == true)
        }
    }

    @Test("Connect's default quota for SearchContacts: 5 at once, then throttled")
    func quota() async throws {
        let frozen = Date()
        try await ConnectHarness.with(.init(scenario: Self.scenario, speed: 1, rateLimit: .serviceQuota, now: { frozen })) {
            _, client in
            var throttled = 0
            var passed = 0
            for _ in 0..<6 {
                do {
                    _ = try await client.searchContacts(Self.request(maxResults: 1))
                    passed += 1
                } catch let error as ClientError where error.isThrottling {
                    throttled += 1
                }
            }
            #expect(passed == 5 && throttled == 1)
        }
    }
}
