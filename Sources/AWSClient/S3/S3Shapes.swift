import FoundationEssentials

/// `Object` of a ListObjectsV2 answer (botocore's `s3` model): the members lenstail reads.
package struct S3Object: Sendable, Hashable {
    package var key: String
    package var lastModified: Date?
    package var eTag: String?
    package var size: Int64?
    package var storageClass: String?

    package init(key: String, lastModified: Date? = nil, eTag: String? = nil, size: Int64? = nil, storageClass: String? = nil) {
        self.key = key
        self.lastModified = lastModified
        self.eTag = eTag
        self.size = size
        self.storageClass = storageClass
    }
}

/// `ListObjectsV2Request`: the members lenstail sends (no delimiter: a listing is flat).
package struct ListObjectsV2Request: Sendable, Hashable {
    package var bucket: String
    package var prefix: String?
    /// 1–1000 (S3 returns at most 1000 whatever is asked).
    package var maxKeys: Int?
    package var continuationToken: String?
    package var startAfter: String?

    package init(
        bucket: String, prefix: String? = nil, maxKeys: Int? = nil, continuationToken: String? = nil, startAfter: String? = nil
    ) {
        self.bucket = bucket
        self.prefix = prefix
        self.maxKeys = maxKeys
        self.continuationToken = continuationToken
        self.startAfter = startAfter
    }

    /// The query string members, `encoding-type=url` among them as botocore always asks (a key
    /// may hold characters XML 1.0 cannot carry); the answer's keys are decoded again.
    var query: [(String, String)] {
        var query = [("list-type", "2"), ("encoding-type", "url")]
        if let prefix { query.append(("prefix", prefix)) }
        if let maxKeys { query.append(("max-keys", String(maxKeys))) }
        if let continuationToken { query.append(("continuation-token", continuationToken)) }
        if let startAfter { query.append(("start-after", startAfter)) }
        return query
    }
}

/// `ListObjectsV2Output`: one page of keys.
package struct ListObjectsV2Page: Sendable, Hashable {
    package var contents: [S3Object]
    package var isTruncated: Bool
    package var nextContinuationToken: String?
    package var keyCount: Int?
    package var prefix: String?

    package init(
        contents: [S3Object], isTruncated: Bool = false, nextContinuationToken: String? = nil, keyCount: Int? = nil,
        prefix: String? = nil
    ) {
        self.contents = contents
        self.isTruncated = isTruncated
        self.nextContinuationToken = nextContinuationToken
        self.keyCount = keyCount
        self.prefix = prefix
    }

    /// Reads `<ListBucketResult>`; keys come back URL-encoded when the answer says
    /// `<EncodingType>url</EncodingType>` and are decoded as botocore decodes them (`unquote_plus`).
    init(_ xml: XMLTree) throws(ClientError) {
        guard xml.localName == "ListBucketResult" else {
            throw .malformedResponse("ListObjectsV2 answered <\(xml.localName.prefix(60))>, not <ListBucketResult>")
        }
        let encoded = xml["EncodingType"] == "url"
        func decoded(_ text: String?) -> String? { encoded ? text.map(Self.unquotePlus) : text }
        var contents: [S3Object] = []
        for item in xml.children("Contents") {
            guard let key = decoded(item["Key"]), !key.isEmpty else {
                throw .malformedResponse("ListObjectsV2 answered an object without a Key")
            }
            contents.append(
                S3Object(
                    key: key, lastModified: item["LastModified"].flatMap(RFC3339.parse), eTag: item["ETag"],
                    size: item["Size"].flatMap { Int64($0) }, storageClass: item["StorageClass"]))
        }
        self.contents = contents
        isTruncated = xml["IsTruncated"] == "true"
        nextContinuationToken = xml["NextContinuationToken"].flatMap { $0.isEmpty ? nil : $0 }
        keyCount = xml["KeyCount"].flatMap { Int($0) }
        prefix = decoded(xml["Prefix"])
        if isTruncated && nextContinuationToken == nil {
            throw .malformedResponse("ListObjectsV2 answered IsTruncated without a NextContinuationToken")
        }
    }

    /// `+` as a space, `%XX` as its byte; a malformed escape is kept as it is.
    static func unquotePlus(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "+") {
                out.append(0x20)
            } else if byte == UInt8(ascii: "%"), index + 2 < bytes.count, let high = hexValue(bytes[index + 1]),
                let low = hexValue(bytes[index + 2])
            {
                out.append(high << 4 | low)
                index += 2
            } else {
                out.append(byte)
            }
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }
}

/// A whole object read by GetObject, with the headers lenstail uses.
package struct S3ObjectBody: Sendable, Hashable {
    package var bytes: [UInt8]
    package var contentType: String?
    package var eTag: String?
    package var lastModified: Date?

    package init(bytes: [UInt8], contentType: String? = nil, eTag: String? = nil, lastModified: Date? = nil) {
        self.bytes = bytes
        self.contentType = contentType
        self.eTag = eTag
        self.lastModified = lastModified
    }
}
