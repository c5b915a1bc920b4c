import AWSSigV4
import ContactLensModel
import FoundationEssentials

/// An error answer in the service's rest-json shape: `x-amzn-ErrorType` and a JSON message.
struct ErrorResponse: Error, Hashable, Sendable {
    var status: Int
    var code: String
    var message: String
    /// Modeled errors say `Message`; the auth layer and the front end say `message`.
    var messageKey: String
    /// Namespace suffix the real service appends to `x-amzn-ErrorType` (clients keep the text before ':').
    var typeSuffix: String?

    /// One of the operation's five modeled errors.
    static func modeled(_ code: ServiceErrorCode, _ message: String) -> ErrorResponse {
        ErrorResponse(
            status: code.httpStatus, code: code.rawValue, message: message, messageKey: "Message",
            typeSuffix: "http://internal.amazon.com/coral/com.amazonaws.connect.contactlens/")
    }

    /// A rejection by the authentication layer (bad signature, unknown key...).
    static func authentication(code: String, message: String) -> ErrorResponse {
        let status = code == "IncompleteSignatureException" ? 400 : 403
        return ErrorResponse(
            status: status, code: code, message: message, messageKey: "message",
            typeSuffix: "http://internal.amazon.com/coral/com.amazon.coral.service/")
    }

    /// An error from the front end, before the operation (unknown path, bad JSON).
    static func frontEnd(status: Int, code: String, _ message: String) -> ErrorResponse {
        ErrorResponse(status: status, code: code, message: message, messageKey: "message", typeSuffix: nil)
    }

    func response(requestId: String) -> SimulatorResponse {
        let type = typeSuffix.map { "\(code):\($0)" } ?? code
        let body = Data(JSONValue.object([(messageKey, .string(message))]).sortedLikeJSONSerialization)
        return SimulatorResponse(
            status: status,
            headers: [
                HTTPHeader("Content-Type", "application/json"),
                HTTPHeader("x-amzn-RequestId", requestId),
                HTTPHeader("x-amzn-ErrorType", type),
            ], body: Array(body))
    }
}
