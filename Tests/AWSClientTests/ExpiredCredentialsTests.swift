import AWSSigV4
import Foundation
import TestSupport
import Testing

@testable import AWSClient

/// A request refused because the credentials expired is signed with newly resolved credentials
/// and sent once more, never more; other refusals are not retried.
@Suite struct ExpiredCredentialsTests {
    static let expiredJSON = StubHTTPServer.Response(
        status: 403, headers: [("x-amzn-ErrorType", "ExpiredTokenException")],
        body: #"{"message":"The security token included in the request is expired"}"#)
    static let expiredXML = StubHTTPServer.Response(
        status: 403, headers: [("Content-Type", "text/xml")],
        body: "<ErrorResponse><Error><Type>Sender</Type><Code>ExpiredToken</Code><Message>The security token included in"
            + " the request is expired</Message></Error><RequestId>r-1</RequestId></ErrorResponse>")

    /// Answers `first` to the first request and `rest` to the others.
    static func server(first: StubHTTPServer.Response, rest: StubHTTPServer.Response) throws -> StubHTTPServer {
        let count = Counter()
        return try StubHTTPServer { _ in count.next() == 1 ? first : rest }
    }

    func client(_ server: StubHTTPServer, _ credentials: any CredentialProvider) -> AWSServiceClient {
        AWSServiceClient(service: .contactLens, endpoint: URL(string: server.url)!, region: "us-east-1", credentials: credentials)
    }

    @Test func anExpiredTokenIsResolvedAgainOnceAndTheRequestSentAgain() async throws {
        let server = try Self.server(first: Self.expiredJSON, rest: .json("{}"))
        defer { server.stop() }
        let base = CountingProvider(expiration: nil)
        let response = try await client(server, CachingCredentialProvider(base)).send(path: "/x", body: Array("{}".utf8))
        #expect(response.status == 200)
        #expect(server.requests.map(RecordingProxy.signingKey) == ["AKID1", "AKID2"])
        #expect(await base.calls == 2)
        print("FIGURE expired token: 403 ExpiredTokenException → re-resolved → 200, signed AKID1 then AKID2")
    }

    @Test func stillExpiredAfterOneRenewalGivesUp() async throws {
        let server = try Self.server(first: Self.expiredJSON, rest: Self.expiredJSON)
        defer { server.stop() }
        let base = CountingProvider(expiration: nil)
        let error = await #expect(throws: ClientError.self) {
            try await client(server, CachingCredentialProvider(base)).send(path: "/x", body: [])
        }
        guard case .service(let refused) = error else {
            Issue.record("not a service error: \(String(describing: error))")
            return
        }
        #expect(refused.code == "ExpiredTokenException")
        #expect(refused.isExpiredCredentials)
        #expect(server.requests.count == 2)
        #expect(await base.calls == 2)
    }

    @Test func stsXMLExpiredTokenIsRenewedToo() async throws {
        let ok = StubHTTPServer.Response(
            status: 200, headers: [("Content-Type", "text/xml")],
            body: """
                <GetCallerIdentityResponse><GetCallerIdentityResult><Arn>arn:aws:iam::1:user/u</Arn><UserId>AIDA1</UserId>\
                <Account>111122223333</Account></GetCallerIdentityResult></GetCallerIdentityResponse>
                """)
        let server = try Self.server(first: Self.expiredXML, rest: ok)
        defer { server.stop() }
        let base = CountingProvider(expiration: nil)
        let identity = try await STSClient(endpoint: URL(string: server.url)!, region: "us-east-1")
            .getCallerIdentity(credentials: CachingCredentialProvider(base))
        #expect(identity == CallerIdentity(account: "111122223333", arn: "arn:aws:iam::1:user/u", userId: "AIDA1"))
        #expect(server.requests.map(RecordingProxy.signingKey) == ["AKID1", "AKID2"])
    }

    @Test(arguments: [
        StubHTTPServer.Response(
            status: 403, headers: [("x-amzn-ErrorType", "AccessDeniedException")], body: #"{"message":"no"}"#),
        StubHTTPServer.Response(status: 403, headers: [("x-amzn-ErrorType", "UnrecognizedClientException")], body: "{}"),
        StubHTTPServer.Response(status: 500, body: "<ErrorResponse><Error><Code>ExpiredToken</Code></Error></ErrorResponse>"),
    ])
    func otherRefusalsAreNotRetriedHere(_ refusal: StubHTTPServer.Response) async throws {
        let server = try Self.server(first: refusal, rest: .json("{}"))
        defer { server.stop() }
        let base = CountingProvider(expiration: nil)
        await #expect(throws: ClientError.self) {
            try await client(server, CachingCredentialProvider(base)).send(path: "/x", body: [])
        }
        #expect(server.requests.count == 1)
        #expect(await base.calls == 1)
    }

    @Test func stsErrorsAreReadFromTheirXML() {
        let body = Array(
            """
            <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type>\
            <Code>AccessDenied</Code><Message>User: arn:aws:iam::1:user/u is not authorized to perform: sts:AssumeRole</Message>\
            </Error><RequestId>4d1c-req</RequestId></ErrorResponse>
            """.utf8)
        let error = ServiceError(queryStatus: 403, header: { _ in nil }, body: body)
        #expect(
            error
                == ServiceError(
                    code: "AccessDenied",
                    message: "User: arn:aws:iam::1:user/u is not authorized to perform:"
                        + " sts:AssumeRole", httpStatus: 403, requestId: "4d1c-req"))
        let proxyPage = ServiceError(queryStatus: 503, header: { _ in nil }, body: Array("<html><body>busy".utf8))
        #expect(proxyPage.code == "503")
        #expect(proxyPage.message == "Service Unavailable")
    }
}

/// Counts calls across the stub's threads.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func next() -> Int {
        lock.withLock {
            value += 1
            return value
        }
    }
}
