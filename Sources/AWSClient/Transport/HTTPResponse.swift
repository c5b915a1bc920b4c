import AWSSigV4

/// A whole HTTP response: status, headers, and the body read to its end.
package struct HTTPResponse: Sendable, Hashable {
    package var status: Int
    package var headers: [HTTPHeader]
    package var body: [UInt8]

    package init(status: Int, headers: [HTTPHeader] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The first value of a header, looked up case-insensitively.
    package func header(_ name: String) -> String? {
        headers.first { Self.sameName($0.name, name) }?.value
    }

    /// Header names are ASCII: compared byte by byte (Foundation's `caseInsensitiveCompare` took
    /// a noticeable share of each request looking up `Date`).
    static func sameName(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && zip(a.utf8, b.utf8).allSatisfy { lower($0) == lower($1) }
    }

    private static func lower(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }

    package var isSuccess: Bool { (200..<300).contains(status) }
}
