import AWSSigV4
import AsyncHTTPClient
import ContactLensModel
import Foundation
import LensSimulator
import NIOCore
import TestSupport

/// A minimal, test-only client: signs with SigV4 and POSTs over real loopback HTTP.
struct WireClient {
    let endpoint: URL
    var credentials = DemoIdentity.credentials
    var region = DemoIdentity.region

    /// Sends `body` (a JSON object or raw bytes); `sign: false` sends no Authorization at all.
    func send(
        json: [String: Any]? = nil, raw: [UInt8]? = nil, method: String = "POST",
        path: String = ListSegments.path, sign: Bool = true, date: Date = Date()
    ) async throws -> WireResponse {
        let body = try raw ?? Array(JSONSerialization.data(withJSONObject: json ?? [:]))
        let url = URL(string: endpoint.absoluteString + path)!
        var headers = [HTTPHeader("Content-Type", "application/json")]
        if sign {
            headers += SigV4Signer(credentials: credentials, region: region, service: "connect")
                .sign(method: method, url: url, headers: headers, body: body, date: date)
        }
        var request = HTTPClientRequest(url: url.absoluteString)
        request.method = .init(rawValue: method)
        for header in headers { request.headers.add(name: header.name, value: header.value) }
        request.body = .bytes(ByteBuffer(bytes: body))
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
        let bytes = try await response.body.collect(upTo: 10 << 20)
        return WireResponse(
            status: Int(response.status.code),
            headers: Dictionary(response.headers.map { ($0.name.lowercased(), $0.value) }) { first, _ in first },
            body: Array(buffer: bytes))
    }

    /// Asks for a page of a contact.
    func list(
        instanceId: String = DemoIdentity.instanceId, contactId: String = DemoIdentity.contactId,
        maxResults: Int? = nil, nextToken: String? = nil
    ) async throws -> WireResponse {
        var json: [String: Any] = ["InstanceId": instanceId, "ContactId": contactId]
        if let maxResults { json["MaxResults"] = maxResults }
        if let nextToken { json["NextToken"] = nextToken }
        return try await send(json: json)
    }
}

/// A received response with the views tests assert on.
struct WireResponse {
    let status: Int
    /// Lowercased names.
    let headers: [String: String]
    let body: [UInt8]

    /// The error code as clients derive it: `x-amzn-ErrorType` up to the first ':'.
    var errorType: String? {
        headers["x-amzn-errortype"].map { String($0.prefix { $0 != ":" }) }
    }

    /// `message` or `Message` from a JSON error body.
    var message: String? {
        let object = (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any]
        return (object?["message"] ?? object?["Message"]) as? String
    }

    func page() throws -> ListSegmentsResponse {
        try JSONDecoder().decode(ListSegmentsResponse.self, from: Data(body))
    }
}

/// Runs `body` against a started simulator and stops it afterwards.
func withSimulator<T>(
    _ configuration: SimulatorConfiguration, _ body: (Simulator, WireClient) async throws -> T
) async throws -> T {
    let simulator = Simulator(configuration)
    let port = try await simulator.start()
    let client = WireClient(endpoint: URL(string: "http://127.0.0.1:\(port)")!)
    do {
        let result = try await body(simulator, client)
        await simulator.stop()
        return result
    } catch {
        await simulator.stop()
        throw error
    }
}

/// A small scenario: two contacts, the first with four turns, a category and a summary.
enum Fixture {
    static let instanceId = "instance-1"

    static func turn(_ n: Int, role: String = "AGENT", begin: Int, end: Int) -> ScenarioSegment {
        ScenarioSegment(
            .transcript(
                Transcript(
                    id: "turn-\(n)", participantId: role.lowercased(), participantRole: role,
                    content: "Turn number \(n) — ünïcödé ✓", beginOffsetMillis: begin, endOffsetMillis: end,
                    sentiment: .neutral)))
    }

    static var scenario: Scenario {
        let first = ScenarioContact(
            instanceId: instanceId, contactId: "contact-1",
            segments: [
                turn(1, begin: 0, end: 1_000),
                turn(2, role: "CUSTOMER", begin: 1_200, end: 2_000),
                ScenarioSegment(
                    .categories(
                        Categories(
                            matchedCategories: ["Billing"],
                            matchedDetails: [
                                "Billing": CategoryDetails(pointsOfInterest: [
                                    .init(beginOffsetMillis: 1_200, endOffsetMillis: 2_000)
                                ])
                            ]))),
                turn(3, begin: 2_100, end: 3_000),
                turn(4, role: "CUSTOMER", begin: 3_100, end: 4_000),
                ScenarioSegment(.summary(PostContactSummary(content: "Short call.", status: .completed)), releaseAtMillis: 4_500),
            ])
        let second = ScenarioContact(instanceId: instanceId, contactId: "contact-2", segments: [turn(9, begin: 0, end: 500)])
        return Scenario(contacts: [first, second])
    }

    /// The first contact's segments in release order.
    static var expected: [Segment] { scenario.contacts[0].timeline.map(\.segment) }
}
