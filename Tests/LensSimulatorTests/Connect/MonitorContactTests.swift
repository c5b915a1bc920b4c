import AWSClient
import ContactLensModel
import Foundation
import LensSimulator
import Testing

/// MonitorContact through our client against the emulator, over loopback: the monitoring leg,
/// idempotency, the model's validation, and each documented failure as one line with its fix.
@Suite struct MonitorContactTests {
    static let call = Scenario.wallDemo.contacts[0].contactId

    static func request(
        user: String = "u-rosa", _ capabilities: [MonitorCapability]? = [.silentMonitor, .barge], token: String? = nil
    )
        -> MonitorContactRequest
    {
        MonitorContactRequest(
            instanceId: DemoIdentity.instanceId, contactId: call, userId: user, allowedMonitorCapabilities: capabilities,
            clientToken: token)
    }

    static func floor(_ change: (inout Scenario) -> Void = { _ in }) -> SimulatorConfiguration {
        var scenario = Scenario.wallDemoAllConnected
        change(&scenario)
        return SimulatorConfiguration(scenario: scenario, speed: 1)
    }

    @Test("Rosa listens in: a new MONITOR leg related to the call; the emulator saw her UserId and both capabilities")
    func listensIn() async throws {
        try await ConnectHarness.with(Self.floor()) { simulator, client in
            let answer = try await client.monitorContact(Self.request())
            let leg = try #require(answer.contactId)
            #expect(leg != Self.call)
            #expect(answer.contactArn?.hasSuffix("instance/\(DemoIdentity.instanceId)/contact/\(leg)") == true)
            let log = await simulator.monitorLog
            #expect(log.count == 1)
            #expect(log.first?.userId == "u-rosa" && log.first?.contactId == Self.call)
            #expect(log.first?.allowedMonitorCapabilities == ["SILENT_MONITOR", "BARGE"])
            #expect(log.first?.clientToken?.isEmpty == false, "the client adds a ClientToken")
            let monitoring = try await client.describeContact(instanceId: DemoIdentity.instanceId, contactId: leg)
            #expect(monitoring.initiationMethod == .monitor && monitoring.relatedContactId == Self.call)
        }
    }

    @Test("Same ClientToken and request: the same leg; same token, other request: IdempotencyException (409)")
    func idempotency() async throws {
        try await ConnectHarness.with(Self.floor()) { simulator, client in
            let first = try await client.monitorContact(Self.request(token: "token-1"))
            let again = try await client.monitorContact(Self.request(token: "token-1"))
            #expect(first == again, "a retried request never rings twice")
            let other = await ConnectHarness.serviceError { () async throws(ClientError) in
                try await client.monitorContact(Self.request(user: "u-li", [.silentMonitor], token: "token-1"))
            }
            #expect(other?.code == "IdempotencyException" && other?.httpStatus == 409)
            let line = ClientError.service(try #require(other)).monitorAdvice(credentialSource: nil)
            #expect(line.contains("new token"), "\(line)")
            #expect(await simulator.monitorLog.compactMap(\.monitoringContactId) == [first.contactId, first.contactId])
        }
    }

    @Test("Three capabilities are refused before sending; the emulator refuses missing and unknown members itself")
    func validation() async throws {
        try await ConnectHarness.with(Self.floor()) { simulator, client in
            await #expect(throws: ClientError.self) {
                _ = try await client.monitorContact(Self.request([.silentMonitor, .barge, .silentMonitor]))
            }
            #expect(await simulator.monitorLog.isEmpty, "nothing was sent")
            let wire = WireClient(endpoint: client.endpoint)
            let missing = try await wire.send(
                json: ["InstanceId": DemoIdentity.instanceId, "ContactId": Self.call], path: MonitorContact.path)
            #expect(missing.status == 400 && missing.errorType == "InvalidRequestException")
            #expect(missing.message?.contains("Value null at 'userId'") == true, "\(missing.message ?? "")")
            let unknown = try await wire.send(
                json: [
                    "InstanceId": DemoIdentity.instanceId, "ContactId": Self.call, "UserId": "u-rosa",
                    "AllowedMonitorCapabilities": ["WHISPER"],
                ], path: MonitorContact.path)
            #expect(unknown.status == 400 && unknown.message?.contains("[SILENT_MONITOR, BARGE]") == true)
            let notJSON = try await wire.send(raw: Array("{".utf8), path: MonitorContact.path)
            #expect(notJSON.status == 400 && notJSON.errorType == "SerializationException")
        }
    }

    /// A documented failure: how the scenario causes it, the request, what the service answers and
    /// what the advice line must say.
    struct Failure: CustomTestStringConvertible, Sendable {
        var name: String
        var change: @Sendable (inout Scenario) -> Void = { _ in }
        var user = "u-rosa"
        var capabilities: [MonitorCapability]? = [.silentMonitor, .barge]
        var speed: Double = 1
        var code: String
        var status: Int
        var message: String
        var fix: String
        var testDescription: String { name }
    }

    static let failures: [Failure] = [
        Failure(
            name: "service-linked role missing", change: { $0.instance = ScenarioInstance(serviceLinkedRole: false) },
            code: "AccessDeniedException", status: 403, message: "You do not have access to the agent", fix: "service-linked role"
        ),
        Failure(
            name: "call recording off",
            change: { $0.instance = ScenarioInstance(enhancedMonitoring: false, callRecording: false) },
            code: "InvalidRequestException", status: 400, message: "Monitoring failed, please enable call recording",
            fix: "record the call"),
        Failure(
            name: "desk phone not E.164",
            change: {
                $0.floor?.supervisors?[0].phoneType = "DESK_PHONE"
                $0.floor?.supervisors?[0].deskPhoneNumber = "555-0100"
            },
            code: "InvalidRequestException", status: 400, message: "User's phone number is invalid", fix: "E.164"),
        Failure(
            name: "the call has ended", speed: 1_000_000, code: "InvalidRequestException", status: 400,
            message: "One or more of the input parameters are invalid", fix: "the contact must be live"),
        Failure(
            name: "two supervisors already on the call", change: { $0.floor?.calls[0].monitoredBy = 2 },
            code: "ServiceQuotaExceededException", status: 402, message: "maximum number of monitoring participants",
            fix: "two supervisors are already on this call"),
        Failure(
            name: "IAM lacks connect:MonitorContact", change: { $0.instance = ScenarioInstance(allowsMonitorContact: false) },
            code: "AccessDeniedException", status: 403, message: "not authorized to perform: connect:MonitorContact",
            fix: "needs connect:MonitorContact"),
        Failure(
            name: "no barge-in permission", user: "u-li", code: "AccessDeniedException", status: 403,
            message: "Real-time contact barge-in", fix: "--silent-only"),
        Failure(
            name: "an agent without Manager monitor", user: "u-sam", code: "AccessDeniedException", status: 403,
            message: "Manager monitor", fix: "\"Manager monitor\""),
        Failure(
            name: "barge enabled and no capabilities", capabilities: nil, code: "InvalidRequestException", status: 400,
            message: "AllowedMonitorCapabilities is required", fix: "ask for SILENT_MONITOR"),
        Failure(
            name: "barge not enabled", change: { $0.instance = ScenarioInstance(bargeEnabled: false) },
            code: "InvalidRequestException",
            status: 400, message: "BARGE is not enabled", fix: "--silent-only"),
        Failure(
            name: "unknown user", user: "u-nobody", code: "ResourceNotFoundException", status: 404, message: "u-nobody",
            fix: "check --user"),
    ]

    @Test("Each documented failure: the service's answer, and one line with its fix", arguments: failures)
    func failure(_ failure: Failure) async throws {
        var configuration = Self.floor(failure.change)
        configuration.speed = failure.speed
        try await ConnectHarness.with(configuration) { simulator, client in
            if failure.speed > 1 { try await Task.sleep(for: .milliseconds(100)) }  // every call is over
            let error = await ConnectHarness.serviceError { () async throws(ClientError) in
                try await client.monitorContact(Self.request(user: failure.user, failure.capabilities))
            }
            let refused = try #require(error, "MonitorContact succeeded")
            #expect(refused.code == failure.code && refused.httpStatus == failure.status, "\(refused)")
            #expect(refused.message.contains(failure.message), "\(refused.message)")
            let line = ClientError.service(refused).monitorAdvice(credentialSource: "the test's key")
            #expect(line.contains(failure.fix), "\(line)")
            #expect(!line.contains("\n"))
            #expect(await simulator.monitorLog.last?.errorCode == failure.code)
        }
    }

    @Test("Li may listen without barging; a third supervisor is over the quota of two")
    func silentOnlyAndTheQuota() async throws {
        try await ConnectHarness.with(Self.floor { $0.floor?.calls[0].monitoredBy = 1 }) { _, client in
            _ = try await client.monitorContact(Self.request(user: "u-li", [.silentMonitor]))
            let third = await ConnectHarness.serviceError { () async throws(ClientError) in
                try await client.monitorContact(Self.request())
            }
            #expect(third?.code == "ServiceQuotaExceededException")
        }
    }
}
