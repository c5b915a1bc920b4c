import LensBasics

/// The canonicalisation rules of SigV4 shared by the signer and the verifier.
enum SigV4Canonical {
    /// Headers never signed: hop-by-hop or rewritten by proxies/clients (botocore's list plus
    /// authorization and content-length, which the HTTP client may set after signing).
    static let unsignedHeaders: Set<String> = [
        "authorization", "connection", "content-length", "expect", "keep-alive", "proxy-authenticate",
        "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "user-agent",
        "x-amzn-trace-id",
    ]

    /// The canonical request text: method, URI, query, header block, signed names, payload hash.
    static func request(
        method: String, uri: String, query: String, headers: [(name: String, value: String)],
        payloadHash: String
    ) -> String {
        var text = method.uppercased() + "\n" + uri + "\n" + query + "\n"
        for header in headers { text += header.name + ":" + header.value + "\n" }
        text += "\n" + signedHeaderList(headers) + "\n" + payloadHash
        return text
    }

    /// `name1;name2;...` of already-canonical headers.
    static func signedHeaderList(_ headers: [(name: String, value: String)]) -> String {
        headers.map(\.name).joined(separator: ";")
    }

    /// Groups headers by lowercased name, keeping arrival order of values; names come out sorted.
    static func canonicalHeaders(_ headers: [HTTPHeader]) -> [(name: String, value: String)] {
        var grouped: [String: [String]] = [:]
        for header in headers {
            grouped[lowercasedName(header.name), default: []].append(normalizedValue(header.value))
        }
        return grouped.keys.sorted().map { ($0, grouped[$0]!.joined(separator: ",")) }
    }

    static func lowercasedName(_ name: String) -> String {
        trimmed(name).lowercased()
    }

    /// Trims the value and collapses inner whitespace runs to one space.
    static func normalizedValue(_ value: String) -> String {
        var out = [UInt8]()
        out.reserveCapacity(value.utf8.count)
        var pendingSpace = false
        for byte in value.utf8 {
            if isSpace(byte) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Canonical URI: percent-decode, remove dot segments and empty segments, encode once keeping "/".
    static func uri(percentEncodedPath path: String) -> String {
        let decoded = percentDecode(path)
        let segments = decoded.split(separator: 0x2F, omittingEmptySubsequences: true)
        var output: [ArraySlice<UInt8>] = []
        for segment in segments where !(segment.count == 1 && segment.first == 0x2E) {
            if segment.count == 2 && segment.allSatisfy({ $0 == 0x2E }) {
                _ = output.popLast()
            } else {
                output.append(segment)
            }
        }
        var result = "/"
        result += output.map { uriEncode($0) }.joined(separator: "/")
        if decoded.last == 0x2F && !output.isEmpty { result += "/" }
        return result
    }

    /// S3's canonical URI: the path as sent, encoded once (decoded, then every byte but the
    /// unreserved ones and "/" encoded), with no dot or empty segment removed: an S3 key may
    /// hold `//` or `..` and they are part of its name.
    static func unnormalizedURI(percentEncodedPath path: String) -> String {
        guard !path.isEmpty else { return "/" }
        return percentDecode(path).split(separator: 0x2F, omittingEmptySubsequences: false).map { uriEncode($0) }
            .joined(separator: "/")
    }

    /// Canonical query: each key and value decoded then strictly encoded, sorted by key then value.
    static func query(percentEncodedQuery query: String) -> String {
        guard !query.isEmpty else { return "" }
        var pairs: [(String, String)] = []
        for item in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = uriEncode(percentDecode(String(parts[0])))
            let value = parts.count > 1 ? uriEncode(percentDecode(String(parts[1]))) : ""
            pairs.append((key, value))
        }
        pairs.sort {
            $0.0 != $1.0 ? $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) : $0.1.utf8.lexicographicallyPrecedes($1.1.utf8)
        }
        return pairs.map { $0.0 + "=" + $0.1 }.joined(separator: "&")
    }

    /// RFC 3986 encoding keeping only the unreserved set A-Z a-z 0-9 - _ . ~
    static func uriEncode<C: Collection<UInt8>>(_ bytes: C) -> String {
        PercentEncoding.encode(bytes, keeping: \.isUnreservedInURI)
    }

    /// Decodes %XX escapes into bytes; malformed escapes are kept literally.
    static func percentDecode(_ text: String) -> [UInt8] {
        let input = Array(text.utf8)
        var out = [UInt8]()
        out.reserveCapacity(input.count)
        var i = 0
        while i < input.count {
            if input[i] == UInt8(ascii: "%"), i + 2 < input.count, let hi = hexValue(input[i + 1]),
                let lo = hexValue(input[i + 2])
            {
                out.append(hi << 4 | lo)
                i += 3
            } else {
                out.append(input[i])
                i += 1
            }
        }
        return out
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C
    }

    private static func trimmed(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard let first = bytes.firstIndex(where: { !isSpace($0) }),
            let last = bytes.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }
}
