import AWSSigV4
import Foundation
import TestSupport
import Testing

@testable import AWSClient

/// Which answers mean "refused for its time", how the `Date` header is read, and STS's own
/// refusal (SignatureDoesNotMatch, "Signature expired") corrected like any other service's.
@Suite struct ClockSkewTests {
    @Test func theDateHeaderIsReadAsIMFFixdate() {
        #expect(HTTPDate.parse("Sun, 06 Nov 1994 08:49:37 GMT") == Date(timeIntervalSince1970: 784_111_777))
        #expect(HTTPDate.parse("Thu, 29 Feb 2024 23:59:60 GMT") == Date(timeIntervalSince1970: 1_709_251_200))
        #expect(HTTPDate.parse("Fri, 27 Nov 2026 10:41:28 GMT") == Date(timeIntervalSince1970: 1_795_776_088))
        for broken in [
            "", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994", "Sun, 06 Nov 1994 08:49:37 CET",
            "Sun, 06 Foo 1994 08:49:37 GMT", "Sun, 32 Nov 1994 08:49:37 GMT", "Sun, 06 Nov 1994 24:00:00 GMT",
            "Sun, 06 Nov 1994 8:49:37 GMT", "Sun, 06 Nov -994 08:49:37 GMT",
        ] {
            #expect(HTTPDate.parse(broken) == nil, "\(broken)")
        }
    }

    @Test func refusalsForTheTimeAreToldFromOtherRefusals() {
        func refused(_ code: String, _ message: String) -> Bool {
            ClockSkew.isTimeRefusal(ServiceError(code: code, message: message, httpStatus: 403))
        }
        #expect(refused("RequestTimeTooSkewed", "The difference between the request time and the current time is too large."))
        #expect(refused("RequestExpired", "Request has expired."))
        #expect(refused("RequestInTheFuture", ""))
        #expect(
            refused(
                "InvalidSignatureException",
                "Signature expired: 20240101T000000Z is now earlier than"
                    + " 20240101T000500Z (20240101T001000Z - 5 min.)"))
        #expect(
            refused(
                "SignatureDoesNotMatch",
                "Signature not yet current: 20240101T002000Z is still later than"
                    + " 20240101T001500Z (20240101T001000Z + 5 min.)"))
        #expect(refused("AuthFailure", "AWS was not able to validate the provided access credentials: clock skew"))
        #expect(
            !refused(
                "InvalidSignatureException",
                "The request signature we calculated does not match the signature you"
                    + " provided. Check your AWS Secret Access Key and signing method."))
        #expect(!refused("AccessDeniedException", "Signature expired"))
        #expect(!refused("ExpiredTokenException", "The security token included in the request is expired"))
    }

    /// STS says "Signature expired" with SignatureDoesNotMatch in XML; the Date header says its time.
    @Test func stsRefusingTheTimeIsAskedAgainAtItsTime() async throws {
        let ahead: TimeInterval = 7 * 60 + 12
        let sts = try StubHTTPServer { request in
            let date = AmzDateForTests.httpDate(Date().addingTimeInterval(ahead))
            let signed = request.header("X-Amz-Date").flatMap(AmzDateForTests.parse) ?? .distantPast
            guard abs(signed.timeIntervalSinceNow - ahead) < 60 else {
                return .init(
                    status: 403, headers: [("Content-Type", "text/xml"), ("Date", date)],
                    body: """
                        <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type>\
                        <Code>SignatureDoesNotMatch</Code><Message>Signature expired: 20240101T000000Z is now earlier than \
                        20240101T000500Z (20240101T001000Z - 5 min.)</Message></Error><RequestId>r1</RequestId></ErrorResponse>
                        """)
            }
            return .init(
                status: 200, headers: [("Content-Type", "text/xml"), ("Date", date)],
                body: """
                    <GetCallerIdentityResponse><GetCallerIdentityResult><Arn>arn:aws:iam::111122223333:user/ana</Arn>\
                    <UserId>AIDA</UserId><Account>111122223333</Account></GetCallerIdentityResult></GetCallerIdentityResponse>
                    """)
        }
        defer { sts.stop() }
        let client = STSClient(endpoint: URL(string: sts.url)!, region: "us-east-1")
        let adjustments = AdjustmentLog()
        client.clock.onAdjustment { adjustments.append($0) }
        let keys = StaticCredentialProvider(AWSCredentials(accessKeyId: "AKIDSKEW", secretAccessKey: "skew-secret"))
        let asked = ContinuousClock.now
        #expect(try await client.getCallerIdentity(credentials: keys).account == "111122223333")
        let exchange = Double(asked.duration(to: .now).components.seconds)
        #expect(sts.requests.count == 2)
        // Less the time the answer took to arrive (seconds on a loaded machine, 10.8 s seen), and
        // the Date header's whole seconds.
        #expect(
            client.clock.offset > ahead - exchange - 2 && client.clock.offset < ahead + 2,
            "offset \(client.clock.offset), exchange \(exchange) s")
        #expect(adjustments.all.map(\.reason).first?.hasPrefix("SignatureDoesNotMatch: Signature expired") == true)
        _ = try await client.getCallerIdentity(credentials: keys)
        #expect(sts.requests.count == 3, "the kept offset signs the next call right")
        print(
            "FIGURE clock skew STS: refused once (SignatureDoesNotMatch), offset \(String(format: "%+.1f", client.clock.offset)) s,"
                + " next call right first time")
    }
}

/// The adjustments a clock announced.
final class AdjustmentLog: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [ClockAdjustment] = []
    func append(_ item: ClockAdjustment) { lock.withLock { items.append(item) } }
    var all: [ClockAdjustment] { lock.withLock { items } }
}

/// SigV4's `yyyyMMdd'T'HHmmss'Z'` and HTTP's IMF-fixdate, with Foundation's formatter.
enum AmzDateForTests {
    static func parse(_ text: String) -> Date? {
        formatter("yyyyMMdd'T'HHmmss'Z'").date(from: text)
    }

    static func httpDate(_ date: Date) -> String {
        formatter("EEE, dd MMM yyyy HH:mm:ss 'GMT'").string(from: date)
    }

    private static func formatter(_ format: String) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = format
        return formatter
    }
}
