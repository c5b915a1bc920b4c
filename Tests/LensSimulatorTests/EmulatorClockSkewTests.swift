import AWSClient
import ContactLensModel
import Foundation
import LensSimulator
import Testing

/// A client whose clock is 10 minutes off, against the emulator, which refuses a stale signature
/// as AWS does: refused once, signed again at the time of the answer's `Date` header, and the
/// offset kept so the next request goes out right the first time.
@Suite("Clock skew against the emulator")
struct EmulatorClockSkewTests {
    static let configuration = SimulatorConfiguration(scenario: Fixture.scenario, speed: .infinity)

    func skewedClient(_ wire: WireClient, skew: TimeInterval) -> ContactLensClient {
        ContactLensClient(
            endpoint: wire.endpoint, region: "us-east-1",
            credentials: StaticCredentialProvider(DemoIdentity.credentials),
            now: { Date().addingTimeInterval(skew) })
    }

    @Test(
        "Refused once, signed again with the offset from the Date header, then right first time",
        arguments: [-600.0, 600.0])
    func refusedOnceThenSignedWithTheOffset(skew: TimeInterval) async throws {
        try await withSimulator(Self.configuration) { simulator, wire in
            let client = skewedClient(wire, skew: skew)
            let request = ListSegmentsRequest(instanceId: Fixture.instanceId, contactId: "contact-1")

            let first = try await client.send(request)
            #expect(!first.segments.isEmpty)
            var log = await simulator.requestLog
            #expect(log.map(\.status) == [403, 200])
            #expect(log.first?.errorCode == "InvalidSignatureException")
            let offset = client.service.clock.offset
            // The clock runs `skew` off, so AWS is `-skew` away, as the emulator's Date header tells
            // it: whole seconds, refreshed by a timer task that runs late on a loaded machine (4 s
            // old seen with the whole suite on two cores).
            #expect(abs(offset + skew) < 10, "offset \(offset)")
            #expect(client.service.clock.adjustments == 1)

            _ = try await client.send(request)
            log = await simulator.requestLog
            #expect(log.map(\.status) == [403, 200, 200], "the second request is signed with the kept offset")
            #expect(client.service.clock.adjustments == 1)
            print(
                "FIGURE clock skew \(Int(skew)) s: statuses \(log.map(\.status)), offset adopted \(String(format: "%+.1f", offset)) s,"
                    + " 1 refusal, second request right first time")
        }
    }

    @Test("A clock in step is never corrected, and the emulator's answers carry a Date header")
    func aClockInStepIsLeftAlone() async throws {
        try await withSimulator(Self.configuration) { simulator, wire in
            let client = skewedClient(wire, skew: 0)
            _ = try await client.send(ListSegmentsRequest(instanceId: Fixture.instanceId, contactId: "contact-1"))
            #expect(await simulator.requestLog.map(\.status) == [200])
            #expect(client.service.clock.offset == 0)
            let seen = try #require(client.service.clock.observed, "no Date header on the emulator's answer")
            #expect(abs(seen) < 10)
        }
    }

    @Test("A wrong secret is refused without a second try: it is not the clock")
    func aWrongSecretIsNotMistakenForTheClock() async throws {
        try await withSimulator(Self.configuration) { simulator, wire in
            let client = ContactLensClient(
                endpoint: wire.endpoint, region: "us-east-1",
                credentials: StaticCredentialProvider(
                    .init(
                        accessKeyId: DemoIdentity.accessKeyId,
                        secretAccessKey: "wrong")),
                now: { Date().addingTimeInterval(600) })
            let error = await #expect(throws: ClientError.self) {
                try await client.send(ListSegmentsRequest(instanceId: Fixture.instanceId, contactId: "contact-1"))
            }
            // Ten minutes off and a wrong key: the time is corrected, then the key is refused.
            guard case .service(let failure) = error else {
                Issue.record("\(String(describing: error))")
                return
            }
            #expect(failure.code == "InvalidSignatureException")
            #expect(failure.message.hasPrefix("The request signature we calculated does not match"))
            #expect(await simulator.requestLog.count == 2)
        }
    }
}
