import AWSSigV4
import Foundation

/// A raw HTTP/1.1 request as written in the AWS suite's request.txt (LF line ends, obs-fold continuations).
struct RawHTTPRequest {
    var method: String
    /// Request target as written: path plus optional "?query", possibly with raw spaces or UTF-8.
    var target: String
    var headers: [HTTPHeader]
    var body: [UInt8]

    init(parsing text: String) throws {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        let requestLine = lines.removeFirst()
        guard let firstSpace = requestLine.firstIndex(of: " "),
            let versionRange = requestLine.range(of: " HTTP/", options: .backwards)
        else { throw CocoaError(.fileReadCorruptFile) }
        method = String(requestLine[..<firstSpace])
        target = String(requestLine[requestLine.index(after: firstSpace)..<versionRange.lowerBound])
        headers = []
        while !lines.isEmpty {
            let line = lines.removeFirst()
            if line.isEmpty { break }
            if line.first == " " || line.first == "\t", !headers.isEmpty {
                // obs-fold: a continuation line belongs to the previous header's value.
                headers[headers.count - 1].value += " " + line
            } else if let colon = line.firstIndex(of: ":") {
                headers.append(HTTPHeader(String(line[..<colon]), String(line[line.index(after: colon)...])))
            }
        }
        body = Array(lines.joined(separator: "\n").utf8)
    }

    /// The URL a client would use: raw spaces and non-ASCII bytes of the target percent-encoded.
    func url(scheme: String = "https") -> URL? {
        guard let host = headers.first(where: { $0.name.lowercased() == "host" })?.value else { return nil }
        var encoded = ""
        for byte in target.utf8 {
            if byte <= 0x20 || byte >= 0x7F {
                encoded += "%" + String(byte, radix: 16, uppercase: true)
            } else {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            }
        }
        return URL(string: scheme + "://" + host.trimmingCharacters(in: .whitespaces) + encoded)
    }
}
