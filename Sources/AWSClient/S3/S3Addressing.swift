import AWSSigV4
import ContactLensModel
import FoundationEssentials

/// Where an S3 request goes: on AWS a bucket is its own host (virtual-hosted addressing,
/// `https://BUCKET.s3.REGION.amazonaws.com/KEY`); on an endpoint the user configured
/// (`--endpoint-url`, `AWS_ENDPOINT_URL_S3`: moto, MinIO, the emulator) it is the first segment
/// of the path (`http://127.0.0.1:5000/BUCKET/KEY`). A bucket whose name is not one DNS label
/// (a dot would break the wildcard TLS certificate) goes path style on AWS too, as the SDKs do.
package struct S3Addressing: Sendable, Hashable {
    /// The endpoint the user configured; nil for AWS's own.
    package var configuredEndpoint: URL?

    package init(configuredEndpoint: URL?) { self.configuredEndpoint = configuredEndpoint }

    /// The endpoint and the path (with its query) of a request about `bucket` in `region`.
    /// `key` nil is the bucket itself (a listing).
    package func target(bucket: String, key: String?, query: [(String, String)], region: String) -> (endpoint: URL, path: String)
    {
        let keyPath = key.map { "/" + Self.encodedKey($0) } ?? "/"
        let queryText =
            query.isEmpty ? "" : "?" + query.map { Self.encode($0.0) + "=" + Self.encode($0.1) }.joined(separator: "&")
        if let configuredEndpoint {
            return (configuredEndpoint, "/" + Self.encode(bucket) + (key == nil ? "" : keyPath) + queryText)
        }
        let regional = EndpointResolver.defaultEndpoint(.s3, region: region)
        guard Self.isVirtualHostable(bucket), let host = regional.host else {
            return (regional, "/" + Self.encode(bucket) + (key == nil ? "" : keyPath) + queryText)
        }
        return (URL(string: "https://\(bucket).\(host)")!, keyPath + queryText)
    }

    /// botocore's check of a bucket name before any request: 1–255 letters, digits, `.`, `-`, `_`.
    package static func validate(bucket: String) throws(ClientError) {
        let allowed = bucket.utf8.allSatisfy {
            (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0)
                || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_")
        }
        guard allowed, (1...255).contains(bucket.utf8.count) else {
            throw .invalidRequest(
                RequestValidationError(
                    "invalid bucket name '\(bucket.prefix(80))': S3 bucket names are letters, digits, '.', '-' and '_'"))
        }
    }

    /// S3 keys are 1–1024 bytes of UTF-8.
    package static func validate(key: String) throws(ClientError) {
        guard (1...1024).contains(key.utf8.count) else {
            throw .invalidRequest(RequestValidationError("an S3 key is 1 to 1024 bytes long; this one is \(key.utf8.count)"))
        }
    }

    /// A DNS label S3 serves as a host: 3–63 lowercase letters, digits and hyphens, beginning and
    /// ending with a letter or digit, and not an IP address.
    static func isVirtualHostable(_ bucket: String) -> Bool {
        let bytes = Array(bucket.utf8)
        guard (3...63).contains(bytes.count), let first = bytes.first, let last = bytes.last else { return false }
        func isLetterOrDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte) }
        return isLetterOrDigit(first) && isLetterOrDigit(last)
            && bytes.allSatisfy { isLetterOrDigit($0) || $0 == UInt8(ascii: "-") }
    }

    /// botocore's check of a region before it becomes part of a host name: a DNS label, not all
    /// digits. A region from a redirect that fails it is never used.
    package static func isValidRegion(_ region: String) -> Bool {
        let bytes = Array(region.utf8)
        guard (1...63).contains(bytes.count), bytes.first != UInt8(ascii: "-"), bytes.last != UInt8(ascii: "-") else {
            return false
        }
        let isDigit: (UInt8) -> Bool = { (0x30...0x39).contains($0) }
        let allowed = bytes.allSatisfy {
            isDigit($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) || $0 == UInt8(ascii: "-")
        }
        return allowed && !bytes.allSatisfy(isDigit)
    }

    /// A key in a path: every byte but the unreserved ones and "/" percent-encoded (botocore's
    /// `quote(key, safe='/~')`), which is also how it is signed.
    static func encodedKey(_ key: String) -> String {
        key.split(separator: "/", omittingEmptySubsequences: false).map { encode(String($0)) }.joined(separator: "/")
    }

    /// Every byte but A–Z a–z 0–9 - _ . ~ percent-encoded.
    static func encode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
                UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return out
    }
}
