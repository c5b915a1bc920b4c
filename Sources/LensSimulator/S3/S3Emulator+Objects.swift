import AWSSigV4
import ContactLensModel
import FoundationEssentials
import LensBasics

/// GetObject and HeadObject (a `Range` of bytes served as 206, as the AWS CLI may ask), and
/// ListObjectsV2: prefix, delimiter (common prefixes), `max-keys` 0–1000, `start-after`, paged by
/// an opaque continuation token, keys URL-encoded when asked (`encoding-type=url`).
extension S3Emulator {
    mutating func object(_ key: String, request: IncomingRequest, at now: Date) throws(S3Error) -> SimulatorResponse {
        guard let file = objects(at: now).first(where: { $0.key == key }) else { throw .noSuchKey(key) }
        var headers = [
            HTTPHeader("Content-Type", "application/json"), HTTPHeader("ETag", S3XML.eTag(file.bytes)),
            HTTPHeader("Last-Modified", S3XML.httpDate(file.writtenAt)), HTTPHeader("Accept-Ranges", "bytes"),
        ]
        var body = file.bytes
        var status = 200
        if let range = request.headers.first(where: { $0.name.lowercased() == "range" })?.value {
            let bounds = try Self.byteRange(range, size: file.bytes.count)
            body = Array(file.bytes[bounds])
            status = 206
            headers.append(HTTPHeader("Content-Range", "bytes \(bounds.lowerBound)-\(bounds.upperBound)/\(file.bytes.count)"))
        }
        if request.method == "HEAD" {
            headers.append(HTTPHeader("Content-Length", String(body.count)))
            body = []
        }
        return SimulatorResponse(status: status, headers: headers, body: body)
    }

    /// `bytes=a-b`, `bytes=a-` or `bytes=-n` of an object of `size` bytes.
    static func byteRange(_ text: String, size: Int) throws(S3Error) -> ClosedRange<Int> {
        let spec = text.trimmed()
        guard spec.hasPrefix("bytes="), !spec.contains(","), size > 0 else { throw .invalidRange(size) }
        let parts = spec.dropFirst(6).split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { throw .invalidRange(size) }
        let (first, last) = (Int(parts[0]), Int(parts[1]))
        switch (parts[0].isEmpty, parts[1].isEmpty) {
        case (true, false):
            guard let last, last > 0 else { throw .invalidRange(size) }
            return max(0, size - last)...(size - 1)
        case (false, _):
            guard let first, first < size, parts[1].isEmpty || (last ?? -1) >= first else { throw .invalidRange(size) }
            return first...min(size - 1, last ?? size - 1)
        default: throw .invalidRange(size)
        }
    }

    mutating func list(_ query: [String: String], at now: Date) throws(S3Error) -> SimulatorResponse {
        let prefix = query["prefix"] ?? ""
        let delimiter = query["delimiter"].flatMap { $0.isEmpty ? nil : $0 }
        var maxKeys = 1000
        if let text = query["max-keys"] {
            guard let value = Int(text), value >= 0 else {
                throw .invalidArgument("Provided max-keys not an integer or within integer range")
            }
            maxKeys = min(value, 1000)
        }
        let encoded = query["encoding-type"] == "url"
        if let type = query["encoding-type"], type != "url" {
            throw .invalidArgument("Invalid Encoding Method specified in Request")
        }
        var after = query["start-after"] ?? ""
        if let token = query["continuation-token"] {
            guard let decoded = Data(base64Encoded: token).flatMap({ String(data: $0, encoding: .utf8) }),
                decoded.hasPrefix("after:")
            else { throw .invalidArgument("The continuation token provided is incorrect") }
            after = String(decoded.dropFirst(6))
        }
        // Keys and common prefixes in order, each counted once against max-keys.
        var entries: [(key: String, file: AnalysisFile?)] = []
        var truncated = false
        for file in objects(at: now) where file.key.hasPrefix(prefix) && file.key > after {
            var entry: (String, AnalysisFile?) = (file.key, file)
            if let delimiter, let range = file.key.dropFirst(prefix.count).firstRange(of: delimiter) {
                let common = String(file.key[..<range.upperBound])
                if entries.last?.key == common { continue }
                if common <= after { continue }
                entry = (common, nil)
            }
            if entries.count == maxKeys {
                truncated = true
                break
            }
            entries.append(entry)
        }
        let show = { (text: String) in S3XML.escape(encoded ? S3XML.urlEncoded(text) : text) }
        var xml = #"<?xml version="1.0" encoding="UTF-8"?><ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">"#
        xml += "<Name>\(S3XML.escape(bucket))</Name><Prefix>\(show(prefix))</Prefix>"
        if let token = query["continuation-token"] { xml += "<ContinuationToken>\(S3XML.escape(token))</ContinuationToken>" }
        if let start = query["start-after"] { xml += "<StartAfter>\(show(start))</StartAfter>" }
        xml += "<KeyCount>\(entries.count)</KeyCount><MaxKeys>\(maxKeys)</MaxKeys>"
        if let delimiter { xml += "<Delimiter>\(show(delimiter))</Delimiter>" }
        if encoded { xml += "<EncodingType>url</EncodingType>" }
        xml += "<IsTruncated>\(truncated)</IsTruncated>"
        if truncated, let last = entries.last {
            xml += "<NextContinuationToken>\(Data("after:\(last.key)".utf8).base64EncodedString())</NextContinuationToken>"
        }
        for entry in entries {
            guard let file = entry.file else {
                xml += "<CommonPrefixes><Prefix>\(show(entry.key))</Prefix></CommonPrefixes>"
                continue
            }
            xml += "<Contents><Key>\(show(file.key))</Key>"
            xml += "<LastModified>\(ISOTime.format(epochMillis: Int(file.writtenAt.timeIntervalSince1970 * 1000)))</LastModified>"
            xml += "<ETag>\(S3XML.escape(S3XML.eTag(file.bytes)))</ETag><Size>\(file.bytes.count)</Size>"
            xml += "<StorageClass>STANDARD</StorageClass></Contents>"
        }
        return S3XML.response(xml + "</ListBucketResult>")
    }
}
