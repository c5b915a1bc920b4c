import ContactLensModel
import FoundationEssentials

/// Reads a `GetRecords` answer as `JSONDecoder` would, several times faster: a well-formed answer
/// goes through `JSONReader`; anything it is not sure of (ChildShards, an escape in a key, a
/// member twice, a number it does not read) goes whole to `JSONDecoder`, whose errors stand.
enum GetRecordsDecoder {
    static func decode(_ body: [UInt8]) throws -> GetRecordsResponse {
        if let fast = body.withUnsafeBufferPointer({ fastDecode($0) }) { return fast }
        return try JSONDecoder().decode(GetRecordsResponse.self, from: Data(body))
    }

    typealias Unsupported = JSONReader.Unsupported

    private static func fastDecode(_ bytes: UnsafeBufferPointer<UInt8>) -> GetRecordsResponse? {
        var r = JSONReader(bytes)
        var records: [KinesisRecord]?
        var next: String?
        var behind: Int?
        var seen: Set<String> = []
        do throws(Unsupported) {
            try r.beginObject()
            while let key = try r.nextKey() {
                guard seen.insert(key.string).inserted else { throw Unsupported() }
                switch key {
                case "Records":
                    var all: [KinesisRecord] = []
                    try r.beginArray()
                    while try r.nextElement() { all.append(try record(&r)) }
                    records = all
                case "NextShardIterator": next = r.readNull() ? nil : try r.readString()
                case "MillisBehindLatest": behind = r.readNull() ? nil : try r.readInt()
                case "ChildShards": if !r.readNull() { throw Unsupported() }
                default: try r.skipValue()
                }
            }
            try r.finish()
            guard let records else { throw Unsupported() }
            return GetRecordsResponse(records: records, nextShardIterator: next, millisBehindLatest: behind)
        } catch {
            return nil
        }
    }

    private static func record(_ r: inout JSONReader) throws(Unsupported) -> KinesisRecord {
        var sequence: String?
        var arrived: Date?
        var data: [UInt8]?
        var key: String?
        var encryption: String?
        var seen: UInt8 = 0
        func first(_ bit: UInt8) throws(Unsupported) {
            guard seen & bit == 0 else { throw Unsupported() }
            seen |= bit
        }
        try r.beginObject()
        while let name = try r.nextKey() {
            switch name {
            case "SequenceNumber":
                try first(1)
                sequence = try r.readString()
            case "ApproximateArrivalTimestamp":
                try first(2)
                if !r.readNull() {
                    guard let seconds = Double(String(decoding: try r.rawValue(), as: UTF8.self)) else { throw Unsupported() }
                    arrived = Date(timeIntervalSince1970: seconds)
                }
            case "Data":
                try first(4)
                guard let bytes = Data(base64Encoded: try r.readString()) else { throw Unsupported() }
                data = Array(bytes)
            case "PartitionKey":
                try first(8)
                key = try r.readString()
            case "EncryptionType":
                try first(16)
                encryption = r.readNull() ? nil : try r.readString()
            default: try r.skipValue()
            }
        }
        guard let sequence, let data, let key else { throw Unsupported() }
        return KinesisRecord(
            sequenceNumber: sequence, approximateArrivalTimestamp: arrived, data: data, partitionKey: key,
            encryptionType: encryption)
    }
}
