import Foundation
import TestSupport

/// STS answers played by a loopback stub, in STS's XML and with a `Date` header, for the outcomes
/// moto does not produce (moto accepts any key and any signature).
enum StubSTS {
    static func identity(
        arn: String = "arn:aws:sts::111122223333:assumed-role/Supervisor/ana",
        account: String = "111122223333"
    ) throws -> StubHTTPServer {
        try StubHTTPServer { _ in
            .init(
                status: 200, headers: [("Content-Type", "text/xml"), ("Date", httpDate(Date()))],
                body: """
                    <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult>\
                    <Arn>\(arn)</Arn><UserId>AROAEXAMPLE:ana</UserId><Account>\(account)</Account></GetCallerIdentityResult>\
                    </GetCallerIdentityResponse>
                    """)
        }
    }

    /// Every call refused with `code` and `message`, as STS refuses a bad key or signature.
    static func refusing(_ code: String, _ message: String, status: Int = 403) throws -> StubHTTPServer {
        try StubHTTPServer { _ in
            .init(
                status: status, headers: [("Content-Type", "text/xml"), ("Date", httpDate(Date()))],
                body: """
                    <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type>\
                    <Code>\(code)</Code><Message>\(message)</Message></Error><RequestId>stub</RequestId></ErrorResponse>
                    """)
        }
    }

    static func httpDate(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.string(from: date)
    }
}
