// swift-format-ignore-file: AlwaysUseLowerCamelCase

// (fixture types mirror the JSON of the test vectors, snake_case keys and all)
import Foundation
import Testing

@testable import AWSClient

/// botocore's parse of each error response in error_vectors.json, reproduced.
@Suite struct ServiceErrorTests {
    struct Vector: Decodable, CustomTestStringConvertible {
        struct Expected: Decodable {
            let code: String
            let message: String
            let request_id: String?
            let standard_mode_retryable_on_attempt_1_of_3: Bool
            let is_throttling_error: Bool
        }
        let id: String
        let status: Int
        let headers: [String: String]
        let body: String
        let expected: Expected
        var testDescription: String { id }
    }

    static let vectors: [Vector] = {
        let url = Bundle.module.url(forResource: "Fixtures/error_vectors", withExtension: "json")!
        struct File: Decodable { let vectors: [Vector] }
        return try! JSONDecoder().decode(File.self, from: Data(contentsOf: url)).vectors
    }()

    @Test(arguments: vectors)
    func parsesAsBotocoreDoes(vector: Vector) {
        let error = ServiceError(
            status: vector.status,
            header: { name in
                vector.headers.first { $0.key.lowercased() == name.lowercased() }?.value
            }, body: Array(vector.body.utf8))
        #expect(error.code == vector.expected.code)
        #expect(error.message == vector.expected.message)
        #expect(error.requestId == vector.expected.request_id)
        #expect(error.isRetryable == vector.expected.standard_mode_retryable_on_attempt_1_of_3)
        #expect(error.isThrottling == vector.expected.is_throttling_error)
        #expect(error.httpStatus == vector.status)
    }

    @Test func retryAfterHeadersAreRead() {
        let millis = ServiceError(status: 429, header: { $0 == "x-amz-retry-after" ? "1500" : nil }, body: [])
        #expect(millis.retryAfter == .milliseconds(1500))
        let seconds = ServiceError(status: 503, header: { $0 == "Retry-After" ? "3" : nil }, body: [])
        #expect(seconds.retryAfter == .seconds(3))
    }

    @Test func adviceNamesTheFixNeverTheSecret() {
        let denied = ClientError.service(ServiceError(code: "AccessDeniedException", message: "not authorized", httpStatus: 403))
        #expect(denied.advice(credentialSource: "profile 'dev'").contains("connect:ListRealtimeContactAnalysisSegments"))
        let missing = ClientError.service(ServiceError(code: "ResourceNotFoundException", message: "", httpStatus: 404))
        #expect(missing.advice(credentialSource: nil).contains("24 h"))
        let signature = ClientError.service(ServiceError(code: "InvalidSignatureException", message: "", httpStatus: 403))
        #expect(signature.advice(credentialSource: "environment variables").contains("environment variables"))
    }

    /// What NIOSSL throws for a self-signed certificate becomes its own error: final, with advice.
    @Test func anUntrustedCertificateIsFinalAndSaysSo() {
        struct HandshakeFailed: Error, CustomStringConvertible {
            var description: String {
                "handshakeFailed(NIOSSL.BoringSSLError.sslError([Error: 268435581 error:1000007d:SSL routines:OPENSSL_internal:CERTIFICATE_VERIFY_FAILED]))"
            }
        }
        struct Reset: Error {}
        #expect(TransportFailure.isCertificateFailure(HandshakeFailed()))
        #expect(!TransportFailure.isCertificateFailure(Reset()))
        let error = ClientError.untrustedCertificate("handshake failed")
        #expect(!error.isTransient)
        #expect(error.advice(credentialSource: nil).contains("TLS certificate is not trusted"))
        #expect(ClientError.transport("connection reset").isTransient)
    }
}

@Suite struct RetryPolicyTests {
    let throttled = ClientError.service(ServiceError(code: "ThrottlingException", message: "", httpStatus: 429))

    @Test func standardModeTriesThreeTimes() {
        #expect(RetryPolicy.standard.decide(after: throttled, attempt: 1, jitter: 0.5) == .retry(after: .milliseconds(500)))
        #expect(RetryPolicy.standard.decide(after: throttled, attempt: 2, jitter: 0.5) == .retry(after: .seconds(1)))
        #expect(RetryPolicy.standard.decide(after: throttled, attempt: 3, jitter: 0.5) == .fail)
    }

    @Test func liveModeNeverGivesUpAndStaysUnderTheCap() {
        for attempt in 1...40 {
            guard case .retry(let delay) = RetryPolicy.live.decide(after: throttled, attempt: attempt, jitter: 0.999) else {
                Issue.record("live mode gave up at attempt \(attempt)")
                return
            }
            #expect(delay <= .seconds(20))
        }
    }

    @Test func fatalErrorsAreNotRetried() {
        let denied = ClientError.service(ServiceError(code: "AccessDeniedException", message: "", httpStatus: 403))
        #expect(RetryPolicy.live.decide(after: denied, attempt: 1, jitter: 0) == .fail)
    }

    @Test func quotaRunsOutAndRefills() {
        var quota = RetryQuota()
        var granted = 0
        while quota.acquire(for: throttled) { granted += 1 }
        #expect(granted == 100)
        quota.recordSuccess()
        #expect(quota.available == 5)
        #expect(quota.acquire(for: .timeout(.seconds(1))) == false)
    }
}

/// Whatever a server says, parsing its answer cannot trap.
@Suite struct HostileHeaderTests {
    @Test(arguments: ["1e20", "1e308", "9223372036854775807", "-1", "inf", "nan", "0.0000001"])
    func anyRetryAfterIsClampedNotATrap(value: String) {
        let error = ServiceError(status: 429, header: { $0 == "Retry-After" ? value : nil }, body: Array("{}".utf8))
        if let wait = error.retryAfter {
            #expect(wait >= .zero)
            // The policy honours at most a minute of it.
            #expect(RetryPolicy.live.delay(attempt: 1, retryAfter: wait, jitter: 0.5) <= .seconds(60))
        }
    }
}
