/// Percent-encoding of bytes: what SigV4's canonical request and the query strings lenstail
/// writes need (`addingPercentEncoding(withAllowedCharacters:)` for sets of ASCII characters).
package enum PercentEncoding {
    /// Every byte outside `kept` as `%XX` (upper-case hex). The bytes need not be UTF-8 (SigV4
    /// encodes a path's decoded bytes again).
    package static func encode<Bytes: Collection<UInt8>>(_ bytes: Bytes, keeping kept: (UInt8) -> Bool) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for byte in bytes {
            if kept(byte) {
                out.append(byte)
            } else {
                out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension StringProtocol {
    /// Every UTF-8 byte outside `kept` as `%XX` (upper-case hex).
    package func percentEncoded(keeping kept: (UInt8) -> Bool) -> String { PercentEncoding.encode(utf8, keeping: kept) }

    /// The text with each `%XX` decoded, or nil when a `%` is not followed by two hex digits or
    /// the bytes are not UTF-8: as Foundation's `removingPercentEncoding`.
    package var percentDecoded: String? {
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var bytes = utf8.makeIterator()
        func digit(_ byte: UInt8?) -> UInt8? {
            switch byte {
            case let b? where (0x30...0x39).contains(b): b - 0x30
            case let b? where (0x41...0x46).contains(b): b - 0x41 + 10
            case let b? where (0x61...0x66).contains(b): b - 0x61 + 10
            default: nil
            }
        }
        while let byte = bytes.next() {
            guard byte == UInt8(ascii: "%") else {
                out.append(byte)
                continue
            }
            guard let high = digit(bytes.next()), let low = digit(bytes.next()) else { return nil }
            out.append(high << 4 | low)
        }
        return String(validating: out, as: UTF8.self)
    }
}

extension UInt8 {
    /// RFC 3986's unreserved characters: ASCII letters, digits, `-`, `.`, `_` and `~`.
    package var isUnreservedInURI: Bool {
        isASCIIAlphanumeric || self == UInt8(ascii: "-") || self == UInt8(ascii: ".") || self == UInt8(ascii: "_")
            || self == UInt8(ascii: "~")
    }

    /// ASCII letters and digits.
    package var isASCIIAlphanumeric: Bool {
        (0x30...0x39).contains(self) || (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self)
    }
}
