import FoundationEssentials

// The shapes of the Kinesis operations lenstail calls, as botocore's `kinesis` 2013-12-02
// service model names them. Timestamps travel as epoch seconds (JSON 1.1); blobs as base64.

/// `Shard`.
package struct KinesisShard: Codable, Hashable, Sendable {
    package var shardId: String
    package var parentShardId: String?
    package var adjacentParentShardId: String?
    package var hashKeyRange: HashKeyRange
    package var sequenceNumberRange: SequenceNumberRange

    package init(
        shardId: String, parentShardId: String? = nil, adjacentParentShardId: String? = nil,
        hashKeyRange: HashKeyRange = HashKeyRange(startingHashKey: "0", endingHashKey: "0"),
        sequenceNumberRange: SequenceNumberRange = SequenceNumberRange(startingSequenceNumber: "0")
    ) {
        self.shardId = shardId
        self.parentShardId = parentShardId
        self.adjacentParentShardId = adjacentParentShardId
        self.hashKeyRange = hashKeyRange
        self.sequenceNumberRange = sequenceNumberRange
    }

    /// Its parents (one after a split, two after a merge).
    package var parents: [String] { [parentShardId, adjacentParentShardId].compactMap { $0 } }
    /// A shard with an ending sequence number is closed: resharding replaced it with children.
    package var isClosed: Bool { sequenceNumberRange.endingSequenceNumber != nil }

    enum CodingKeys: String, CodingKey {
        case shardId = "ShardId"
        case parentShardId = "ParentShardId"
        case adjacentParentShardId = "AdjacentParentShardId"
        case hashKeyRange = "HashKeyRange"
        case sequenceNumberRange = "SequenceNumberRange"
    }
}

/// `HashKeyRange`.
package struct HashKeyRange: Codable, Hashable, Sendable {
    package var startingHashKey: String
    package var endingHashKey: String

    package init(startingHashKey: String, endingHashKey: String) {
        self.startingHashKey = startingHashKey
        self.endingHashKey = endingHashKey
    }

    enum CodingKeys: String, CodingKey {
        case startingHashKey = "StartingHashKey"
        case endingHashKey = "EndingHashKey"
    }
}

/// `SequenceNumberRange`.
package struct SequenceNumberRange: Codable, Hashable, Sendable {
    package var startingSequenceNumber: String
    package var endingSequenceNumber: String?

    package init(startingSequenceNumber: String, endingSequenceNumber: String? = nil) {
        self.startingSequenceNumber = startingSequenceNumber
        self.endingSequenceNumber = endingSequenceNumber
    }

    enum CodingKeys: String, CodingKey {
        case startingSequenceNumber = "StartingSequenceNumber"
        case endingSequenceNumber = "EndingSequenceNumber"
    }
}

/// `ChildShard`: what a closed shard's last `GetRecords` names.
package struct ChildShard: Codable, Hashable, Sendable {
    package var shardId: String
    package var parentShards: [String]
    package var hashKeyRange: HashKeyRange

    enum CodingKeys: String, CodingKey {
        case shardId = "ShardId"
        case parentShards = "ParentShards"
        case hashKeyRange = "HashKeyRange"
    }
}

/// `Record`: one data record. `Data` is the producer's bytes (base64 on the wire).
package struct KinesisRecord: Codable, Hashable, Sendable {
    package var sequenceNumber: String
    package var approximateArrivalTimestamp: Date?
    package var data: [UInt8]
    package var partitionKey: String
    package var encryptionType: String?

    package init(
        sequenceNumber: String, approximateArrivalTimestamp: Date? = nil, data: [UInt8], partitionKey: String,
        encryptionType: String? = nil
    ) {
        self.sequenceNumber = sequenceNumber
        self.approximateArrivalTimestamp = approximateArrivalTimestamp
        self.data = data
        self.partitionKey = partitionKey
        self.encryptionType = encryptionType
    }

    enum CodingKeys: String, CodingKey {
        case sequenceNumber = "SequenceNumber"
        case approximateArrivalTimestamp = "ApproximateArrivalTimestamp"
        case data = "Data"
        case partitionKey = "PartitionKey"
        case encryptionType = "EncryptionType"
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        sequenceNumber = try c.decode(String.self, forKey: .sequenceNumber)
        approximateArrivalTimestamp = try c.decodeIfPresent(Double.self, forKey: .approximateArrivalTimestamp)
            .map { Date(timeIntervalSince1970: $0) }
        data = Array(try c.decode(Data.self, forKey: .data))
        partitionKey = try c.decode(String.self, forKey: .partitionKey)
        encryptionType = try c.decodeIfPresent(String.self, forKey: .encryptionType)
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(sequenceNumber, forKey: .sequenceNumber)
        try c.encodeIfPresent(approximateArrivalTimestamp?.timeIntervalSince1970, forKey: .approximateArrivalTimestamp)
        try c.encode(Data(data), forKey: .data)
        try c.encode(partitionKey, forKey: .partitionKey)
        try c.encodeIfPresent(encryptionType, forKey: .encryptionType)
    }
}

/// Kinesis sequence numbers are decimal strings of up to 129 digits: compared as numbers.
package enum SequenceNumber {
    package static func compare(_ a: String, _ b: String) -> ComparisonResult {
        let x = a.drop { $0 == "0" }
        let y = b.drop { $0 == "0" }
        if x.count != y.count { return x.count < y.count ? .orderedAscending : .orderedDescending }
        return x == y ? .orderedSame : (x < y ? .orderedAscending : .orderedDescending)
    }
}
