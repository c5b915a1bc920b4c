import AWSSigV4
import ContactLensModel
import FoundationEssentials

/// Pieces of S3's answers: XML text escaped (STS's answers use it too), keys URL-encoded as
/// `encoding-type=url` asks, an object's ETag and the HTTP date of `Last-Modified`.
enum S3XML {
    static func response(_ xml: String) -> SimulatorResponse {
        SimulatorResponse(status: 200, headers: [HTTPHeader("Content-Type", "application/xml")], body: Array(xml.utf8))
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                // XML 1.0 cannot carry most C0 controls even escaped: a key holding one needs encoding-type=url.
                if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r" {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Every byte but the unreserved ones and `/` percent-encoded.
    static func urlEncoded(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
                UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return out
    }

    /// A quoted hex digest of the content (S3's is an MD5 for a single-part upload; clients
    /// compare it, never recompute it).
    static func eTag(_ bytes: [UInt8]) -> String { "\"" + SigV4Signer.payloadHash(bytes).prefix(32) + "\"" }

    /// `Wed, 04 Mar 2026 08:00:00 GMT`.
    static func httpDate(_ date: Date) -> String {
        let iso = ISOTime.format(epochMillis: Int((date.timeIntervalSince1970 * 1000).rounded(.down)))
        let days = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
        let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][((days % 7) + 7) % 7]
        let month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][
            (Int(iso.dropFirst(5).prefix(2)) ?? 1) - 1]
        return "\(weekday), \(iso.dropFirst(8).prefix(2)) \(month) \(iso.prefix(4)) \(iso.dropFirst(11).prefix(8)) GMT"
    }
}
