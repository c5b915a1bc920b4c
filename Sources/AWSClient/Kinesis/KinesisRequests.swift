import ContactLensModel
import FoundationEssentials

/// `ListShardsInput`. With a `NextToken` the stream is not named: the token names it.
package struct ListShardsRequest: Encodable, Hashable, Sendable {
    package var stream: KinesisStream?
    package var nextToken: String?
    package var maxResults: Int?

    package init(stream: KinesisStream, maxResults: Int? = nil) {
        self.stream = stream
        self.maxResults = maxResults
    }

    package init(nextToken: String, maxResults: Int? = nil) {
        self.nextToken = nextToken
        self.maxResults = maxResults
    }

    enum CodingKeys: String, CodingKey {
        case streamName = "StreamName"
        case streamARN = "StreamARN"
        case nextToken = "NextToken"
        case maxResults = "MaxResults"
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(stream?.members.name, forKey: .streamName)
        try c.encodeIfPresent(stream?.members.arn, forKey: .streamARN)
        try c.encodeIfPresent(nextToken, forKey: .nextToken)
        try c.encodeIfPresent(maxResults, forKey: .maxResults)
    }

    func validate() throws(RequestValidationError) {
        guard (stream == nil) != (nextToken == nil) else {
            throw RequestValidationError("ListShards takes the stream or a NextToken, not both")
        }
        if let nextToken, !(1...1_048_576).contains(nextToken.utf8.count) {
            throw RequestValidationError("NextToken must be 1 to 1048576 characters")
        }
        if let maxResults, !(1...10_000).contains(maxResults) {
            throw RequestValidationError("MaxResults must be between 1 and 10000 (got \(maxResults))")
        }
    }
}

/// `ListShardsOutput`.
package struct ListShardsResponse: Decodable, Hashable, Sendable {
    package var shards: [KinesisShard]
    package var nextToken: String?

    package init(shards: [KinesisShard], nextToken: String? = nil) {
        self.shards = shards
        self.nextToken = nextToken
    }

    enum CodingKeys: String, CodingKey {
        case shards = "Shards"
        case nextToken = "NextToken"
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        shards = try c.decodeIfPresent([KinesisShard].self, forKey: .shards) ?? []
        nextToken = try c.decodeIfPresent(String.self, forKey: .nextToken)
    }
}

/// `ShardIteratorType` with what each needs: where in a shard reading starts.
package enum ShardPosition: Hashable, Sendable {
    case trimHorizon
    case latest
    case atTimestamp(Date)
    case afterSequenceNumber(String)
    case atSequenceNumber(String)

    var type: String {
        switch self {
        case .trimHorizon: "TRIM_HORIZON"
        case .latest: "LATEST"
        case .atTimestamp: "AT_TIMESTAMP"
        case .afterSequenceNumber: "AFTER_SEQUENCE_NUMBER"
        case .atSequenceNumber: "AT_SEQUENCE_NUMBER"
        }
    }
}

/// `GetShardIteratorInput`.
package struct GetShardIteratorRequest: Encodable, Hashable, Sendable {
    package var stream: KinesisStream
    package var shardId: String
    package var position: ShardPosition

    package init(stream: KinesisStream, shardId: String, position: ShardPosition) {
        self.stream = stream
        self.shardId = shardId
        self.position = position
    }

    enum CodingKeys: String, CodingKey {
        case streamName = "StreamName"
        case streamARN = "StreamARN"
        case shardId = "ShardId"
        case shardIteratorType = "ShardIteratorType"
        case startingSequenceNumber = "StartingSequenceNumber"
        case timestamp = "Timestamp"
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(stream.members.name, forKey: .streamName)
        try c.encodeIfPresent(stream.members.arn, forKey: .streamARN)
        try c.encode(shardId, forKey: .shardId)
        try c.encode(position.type, forKey: .shardIteratorType)
        switch position {
        case .afterSequenceNumber(let number), .atSequenceNumber(let number):
            try c.encode(number, forKey: .startingSequenceNumber)
        case .atTimestamp(let date):
            try c.encode(date.timeIntervalSince1970, forKey: .timestamp)
        case .trimHorizon, .latest:
            break
        }
    }

    func validate() throws(RequestValidationError) {
        try KinesisStream.checkName(shardId, field: "ShardId")
        switch position {
        case .afterSequenceNumber(let number), .atSequenceNumber(let number):
            guard number == "0" || (1...129).contains(number.count) && number.first != "0" && number.allSatisfy(\.isASCIIDigit)
            else { throw RequestValidationError("StartingSequenceNumber must be a decimal number (got '\(number.prefix(200))')") }
        case .atTimestamp, .trimHorizon, .latest:
            break
        }
    }
}

/// `GetShardIteratorOutput`.
package struct GetShardIteratorResponse: Decodable, Hashable, Sendable {
    package var shardIterator: String?
    enum CodingKeys: String, CodingKey { case shardIterator = "ShardIterator" }
}

/// `GetRecordsInput`. The stream's ARN goes along when the user gave one (it routes the call).
package struct GetRecordsRequest: Encodable, Hashable, Sendable {
    package var shardIterator: String
    package var limit: Int?
    package var streamARN: String?

    package init(shardIterator: String, limit: Int? = nil, streamARN: String? = nil) {
        self.shardIterator = shardIterator
        self.limit = limit
        self.streamARN = streamARN
    }

    enum CodingKeys: String, CodingKey {
        case shardIterator = "ShardIterator"
        case limit = "Limit"
        case streamARN = "StreamARN"
    }

    func validate() throws(RequestValidationError) {
        guard (1...512).contains(shardIterator.utf8.count) else {
            throw RequestValidationError("ShardIterator must be 1 to 512 characters (got \(shardIterator.utf8.count))")
        }
        if let limit, !(1...10_000).contains(limit) {
            throw RequestValidationError("Limit must be between 1 and 10000 (got \(limit))")
        }
    }
}

/// `GetRecordsOutput`. No `NextShardIterator` means the shard is closed and read to its end.
package struct GetRecordsResponse: Decodable, Hashable, Sendable {
    package var records: [KinesisRecord]
    package var nextShardIterator: String?
    package var millisBehindLatest: Int?
    package var childShards: [ChildShard]?

    package init(
        records: [KinesisRecord], nextShardIterator: String?, millisBehindLatest: Int? = nil,
        childShards: [ChildShard]? = nil
    ) {
        self.records = records
        self.nextShardIterator = nextShardIterator
        self.millisBehindLatest = millisBehindLatest
        self.childShards = childShards
    }

    enum CodingKeys: String, CodingKey {
        case records = "Records"
        case nextShardIterator = "NextShardIterator"
        case millisBehindLatest = "MillisBehindLatest"
        case childShards = "ChildShards"
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
