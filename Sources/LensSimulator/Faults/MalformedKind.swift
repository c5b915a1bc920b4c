import AWSSigV4
import ContactLensModel
import FoundationEssentials

/// A broken answer the `malformed` fault sends in place of a page, as a bad proxy or a buggy
/// front end might: the client must show one status line, keep its place and never crash.
package enum MalformedKind: String, CaseIterable, Hashable, Sendable {
    /// The page cut in half; Content-Length matches, so only the JSON is broken.
    case truncated
    /// `Segments` is not a list.
    case wrongType
    /// A transcript without its required fields.
    case missingField
    /// The real page padded with whitespace to 10 MB: valid, so the client must accept it.
    case huge
    /// `502 Bad Gateway` as an HTML page, as from nginx in front of the service.
    case proxyHTML
    /// The page padded past 32 MiB, more than the client reads.
    case oversize

    /// What `malformed=P` cycles through; `oversize` only when asked for (it costs 33 MiB a time).
    package static let standard: [MalformedKind] = [.truncated, .wrongType, .missingField, .huge, .proxyHTML]

    /// True when the answer is a valid page the client should take.
    package var isValidPage: Bool { self == .huge }

    /// The response sent instead of `page` (the real page's JSON).
    func response(page: [UInt8], nextToken: String?) -> SimulatorResponse {
        let json = [HTTPHeader("Content-Type", "application/json")]
        let token = nextToken.map { ",\"NextToken\":\"\($0)\"" } ?? ""
        switch self {
        case .truncated:
            return SimulatorResponse(status: 200, headers: json, body: Array(page.prefix(page.count / 2)))
        case .wrongType:
            return SimulatorResponse(status: 200, headers: json, body: Array("{\"Segments\":{\"Transcript\":[]}\(token)}".utf8))
        case .missingField:
            let body = "{\"Segments\":[{\"Transcript\":{\"Id\":\"broken\",\"Content\":\"no offsets\"}}]\(token)}"
            return SimulatorResponse(status: 200, headers: json, body: Array(body.utf8))
        case .huge:
            return SimulatorResponse(status: 200, headers: json, body: Self.padded(page, to: 10_000_000))
        case .oversize:
            return SimulatorResponse(status: 200, headers: json, body: Self.padded(page, to: (32 << 20) + (1 << 20)))
        case .proxyHTML:
            let html =
                "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
            return SimulatorResponse(status: 502, headers: [HTTPHeader("Content-Type", "text/html")], body: Array(html.utf8))
        }
    }

    /// `page` with spaces after its opening brace, `size` bytes in all: still the same JSON.
    private static func padded(_ page: [UInt8], to size: Int) -> [UInt8] {
        guard page.first == UInt8(ascii: "{"), size > page.count else { return page }
        // Filled at once and the page copied over its end: appending 33 MiB a byte at a time took
        // long enough in a debug build on a loaded machine to run into the client's deadline.
        var body = [UInt8](repeating: UInt8(ascii: " "), count: size)
        body[0] = UInt8(ascii: "{")
        body.replaceSubrange((size - page.count + 1)..<size, with: page.dropFirst())
        return body
    }
}
