import ContactLensModel
import FoundationEssentials

/// `PutRecordsRequestEntry`.
package struct PutRecordsEntry: Encodable, Hashable, Sendable {
    package var data: [UInt8]
    package var partitionKey: String

    package init(data: [UInt8], partitionKey: String) {
        self.data = data
        self.partitionKey = partitionKey
    }

    enum CodingKeys: String, CodingKey {
        case data = "Data"
        case partitionKey = "PartitionKey"
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Data(data), forKey: .data)
        try c.encode(partitionKey, forKey: .partitionKey)
    }

    func validate() throws(RequestValidationError) {
        guard (1...256).contains(partitionKey.unicodeScalars.count) else {
            throw RequestValidationError("PartitionKey must be 1 to 256 characters")
        }
        guard data.count <= 10_485_760 else { throw RequestValidationError("Data must be at most 10 MiB") }
    }
}

/// `PutRecordsInput` (1-500 entries); `PutRecordInput` is the same with one entry.
package struct PutRecordsRequest: Encodable, Hashable, Sendable {
    package var stream: KinesisStream
    package var records: [PutRecordsEntry]

    package init(stream: KinesisStream, records: [PutRecordsEntry]) {
        self.stream = stream
        self.records = records
    }

    enum CodingKeys: String, CodingKey {
        case streamName = "StreamName"
        case streamARN = "StreamARN"
        case records = "Records"
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(stream.members.name, forKey: .streamName)
        try c.encodeIfPresent(stream.members.arn, forKey: .streamARN)
        try c.encode(records, forKey: .records)
    }

    func validate() throws(RequestValidationError) {
        guard (1...500).contains(records.count) else {
            throw RequestValidationError("PutRecords takes 1 to 500 records (got \(records.count))")
        }
        for record in records { try record.validate() }
    }
}

/// `PutRecordInput`.
package struct PutRecordRequest: Encodable, Hashable, Sendable {
    package var stream: KinesisStream
    package var entry: PutRecordsEntry

    package init(stream: KinesisStream, data: [UInt8], partitionKey: String) {
        self.stream = stream
        entry = PutRecordsEntry(data: data, partitionKey: partitionKey)
    }

    enum CodingKeys: String, CodingKey {
        case streamName = "StreamName"
        case streamARN = "StreamARN"
    }

    package func encode(to encoder: any Encoder) throws {
        try entry.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(stream.members.name, forKey: .streamName)
        try c.encodeIfPresent(stream.members.arn, forKey: .streamARN)
    }
}

/// `PutRecordOutput`, and one `PutRecordsResultEntry` (ErrorCode set when that record failed).
package struct PutRecordResult: Decodable, Hashable, Sendable {
    package var shardId: String?
    package var sequenceNumber: String?
    package var errorCode: String?
    package var errorMessage: String?

    enum CodingKeys: String, CodingKey {
        case shardId = "ShardId"
        case sequenceNumber = "SequenceNumber"
        case errorCode = "ErrorCode"
        case errorMessage = "ErrorMessage"
    }
}

/// `PutRecordsOutput`.
package struct PutRecordsResponse: Decodable, Hashable, Sendable {
    package var failedRecordCount: Int?
    package var records: [PutRecordResult]

    enum CodingKeys: String, CodingKey {
        case failedRecordCount = "FailedRecordCount"
        case records = "Records"
    }
}
