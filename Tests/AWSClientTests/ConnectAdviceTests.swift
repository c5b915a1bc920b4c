import ContactLensModel
import Testing

@testable import AWSClient

/// One line per Connect error, naming the operation's own permission and quota.
@Suite struct ConnectAdviceTests {
    static func error(_ code: String, _ message: String, _ status: Int) -> ClientError {
        .service(ServiceError(code: code, message: message, httpStatus: status))
    }

    @Test("Access denied names connect:<action>; throttling names the operation's quota; not found points at the ids")
    func advice() {
        let denied = Self.error("AccessDeniedException", "no", 403).connectAdvice(
            action: "SearchContacts", credentialSource: "env")
        #expect(denied.contains("connect:SearchContacts") && denied.contains("credentials from env"))
        let metrics = Self.error("ThrottlingException", "Rate exceeded", 429).connectAdvice(
            action: "GetCurrentMetricData", credentialSource: nil)
        #expect(metrics.contains("5 requests/s, burst 8"))
        let search = Self.error("ThrottlingException", "", 429).connectAdvice(action: "SearchContacts", credentialSource: nil)
        #expect(search.contains("2 requests/s, burst 5"))
        let missing = Self.error("ResourceNotFoundException", "Instance x not found", 404).connectAdvice(
            action: "SearchContacts", credentialSource: nil)
        #expect(missing.contains("--instance-id") && missing.contains("Instance x not found"))
        let hostile = Self.error("InvalidParameterException", "bad \u{1B}[31mred", 400).connectAdvice(
            action: "SearchContacts", credentialSource: nil)
        #expect(!hostile.contains("\u{1B}"), "the service's words are sanitised")
    }
}
