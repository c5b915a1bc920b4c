import AWSSigV4
import ContactLensModel
import Foundation
import LensSimulator
import Testing

@Suite("Simulator over loopback HTTP: errors as the service sends them")
struct SimulatorErrorTests {
    static let configuration = SimulatorConfiguration(scenario: Fixture.scenario, speed: .infinity)

    @Test("Each validation rule answers 400 InvalidRequestException with a message naming the field")
    func validation() async throws {
        let long = String(repeating: "x", count: 257)
        let cases: [([String: Any], String)] = [
            (["ContactId": "contact-1"], "InstanceId"),
            (["InstanceId": Fixture.instanceId], "ContactId"),
            (["InstanceId": "", "ContactId": "contact-1"], "InstanceId"),
            (["InstanceId": long, "ContactId": "contact-1"], "InstanceId"),
            (["InstanceId": "   ", "ContactId": "contact-1"], "InstanceId"),
            (["InstanceId": Fixture.instanceId, "ContactId": ""], "ContactId"),
            (["InstanceId": Fixture.instanceId, "ContactId": long], "ContactId"),
            (["InstanceId": Fixture.instanceId, "ContactId": "contact-1", "MaxResults": 0], "MaxResults"),
            (["InstanceId": Fixture.instanceId, "ContactId": "contact-1", "MaxResults": 101], "MaxResults"),
            (["InstanceId": Fixture.instanceId, "ContactId": "contact-1", "MaxResults": "ten"], "MaxResults"),
            (["InstanceId": Fixture.instanceId, "ContactId": "contact-1", "NextToken": ""], "NextToken"),
            (["InstanceId": Fixture.instanceId, "ContactId": "contact-1", "NextToken": "  "], "NextToken"),
            (
                [
                    "InstanceId": Fixture.instanceId, "ContactId": "contact-1",
                    "NextToken": String(repeating: "a", count: 131_071),
                ], "NextToken"
            ),
        ]
        try await withSimulator(Self.configuration) { simulator, client in
            for (body, field) in cases {
                let response = try await client.send(json: body)
                #expect(response.status == 400, "\(field)")
                #expect(response.errorType == "InvalidRequestException", "\(field)")
                #expect(response.headers["x-amzn-requestid"]?.isEmpty == false)
                #expect(response.message?.contains(field) == true, "message \(response.message ?? "nil") should name \(field)")
            }
            #expect(await simulator.requestLog.allSatisfy { $0.status == 400 && $0.segmentCount == 0 })
        }
    }

    @Test("A body that is not JSON is a 400 SerializationException")
    func notJSON() async throws {
        try await withSimulator(Self.configuration) { _, client in
            let response = try await client.send(raw: Array("InstanceId=1".utf8))
            #expect(response.status == 400)
            #expect(response.errorType == "SerializationException")
        }
    }

    @Test("Unknown instance or contact is 404 ResourceNotFoundException")
    func notFound() async throws {
        try await withSimulator(Self.configuration) { _, client in
            let contact = try await client.list(instanceId: Fixture.instanceId, contactId: "nope")
            #expect(contact.status == 404)
            #expect(contact.errorType == "ResourceNotFoundException")
            #expect(contact.message?.contains("nope") == true)
            let instance = try await client.list(instanceId: "other", contactId: "contact-1")
            #expect(instance.status == 404)
            #expect(instance.errorType == "ResourceNotFoundException")
        }
    }

    @Test("Other paths are 404 and other methods 405, with a JSON error")
    func routing() async throws {
        try await withSimulator(Self.configuration) { _, client in
            let path = try await client.send(json: [:], path: "/contacts")
            #expect(path.status == 404)
            #expect(path.message != nil)
            let method = try await client.send(method: "GET")
            #expect(method.status == 405)
            #expect(method.message != nil)
        }
    }

    @Test("Signature problems are rejected by the auth layer: 403 and the AWS code")
    func authentication() async throws {
        try await withSimulator(Self.configuration) { simulator, client in
            var wrongSecret = client
            wrongSecret.credentials = AWSCredentials(accessKeyId: DemoIdentity.accessKeyId, secretAccessKey: "wrong")
            let mismatch = try await wrongSecret.list(instanceId: Fixture.instanceId, contactId: "contact-1")
            #expect(mismatch.status == 403)
            #expect(mismatch.errorType == "InvalidSignatureException")
            #expect(mismatch.message?.isEmpty == false)

            var unknownKey = client
            unknownKey.credentials = AWSCredentials(accessKeyId: "AKIAUNKNOWN000000000", secretAccessKey: "x")
            let unknown = try await unknownKey.list(instanceId: Fixture.instanceId, contactId: "contact-1")
            #expect(unknown.status == 403)
            #expect(unknown.errorType == "UnrecognizedClientException")

            let unsigned = try await client.send(json: ["InstanceId": Fixture.instanceId, "ContactId": "contact-1"], sign: false)
            #expect(unsigned.status == 403)
            #expect(unsigned.errorType == "MissingAuthenticationTokenException")

            let stale = try await client.send(
                json: ["InstanceId": Fixture.instanceId, "ContactId": "contact-1"],
                date: Date().addingTimeInterval(-3_600))
            #expect(stale.status == 403)
            #expect(stale.errorType == "InvalidSignatureException")
            // Rejected before the operation: no call clock started, nothing delivered.
            #expect(await simulator.requestLog.allSatisfy { $0.contactId == nil })
        }
    }

    @Test("Forged tokens and tokens of another contact are 400 InvalidRequestException")
    func forgedTokens() async throws {
        try await withSimulator(Self.configuration) { _, client in
            let first = try await client.list(instanceId: Fixture.instanceId, contactId: "contact-1", maxResults: 1).page()
            let token = try #require(first.nextToken)
            let forged = Data("v1.0.3.0".utf8).base64EncodedString()
            // Edit a character in the middle: the last one of base64 may only carry padding bits.
            var edited = Array(token)
            edited[edited.count / 2] = edited[edited.count / 2] == "A" ? "B" : "A"
            for bad in [forged, "not-a-token", String(edited)] {
                let response = try await client.list(instanceId: Fixture.instanceId, contactId: "contact-1", nextToken: bad)
                #expect(response.status == 400)
                #expect(response.errorType == "InvalidRequestException")
            }
            let foreign = try await client.list(instanceId: Fixture.instanceId, contactId: "contact-2", nextToken: token)
            #expect(foreign.status == 400)
            #expect(foreign.errorType == "InvalidRequestException")
            // The genuine token still works afterwards.
            let next = try await client.list(instanceId: Fixture.instanceId, contactId: "contact-1", nextToken: token)
            #expect(next.status == 200)
            #expect(try next.page().segments == Array(Fixture.expected[1...]))
        }
    }

    @Test("With the service quota on, a third request in the same instant is throttled")
    func rateLimit() async throws {
        var configuration = Self.configuration
        let frozen = Date()
        configuration.now = { frozen }
        configuration.rateLimit = .serviceQuota
        try await withSimulator(configuration) { _, client in
            var statuses: [Int] = []
            var codes: [String?] = []
            for _ in 0..<3 {
                let response = try await client.send(
                    json: ["InstanceId": Fixture.instanceId, "ContactId": "contact-1"], date: frozen)
                statuses.append(response.status)
                codes.append(response.errorType)
            }
            #expect(statuses == [200, 200, 429])
            #expect(codes.last == "ThrottlingException")
        }
    }
}

/// A port that is taken is one line that says so and how to get another.
@Suite struct SimulatorPortTests {
    @Test func aPortInUseSaysSoAndSuggestsPortZero() async throws {
        let first = Simulator(SimulatorConfiguration(scenario: .demo))
        let port = try await first.start()
        let second = Simulator(SimulatorConfiguration(scenario: .demo, port: port))
        await #expect {
            _ = try await second.start()
        } throws: { error in
            "\(error)" == "port \(port) on 127.0.0.1 is in use; pick another with --port (--port 0 picks a free one)"
        }
        await first.stop()
    }
}
