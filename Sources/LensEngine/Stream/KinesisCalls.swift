import AWSClient

/// The three Kinesis calls a stream reader makes, one attempt each: a client's, or a test's.
package struct KinesisCalls: Sendable {
    package var listShards: @Sendable () async throws(ClientError) -> [KinesisShard]
    package var shardIterator: @Sendable (_ shardId: String, _ position: ShardPosition) async throws(ClientError) -> String?
    package var records: @Sendable (_ iterator: String) async throws(ClientError) -> GetRecordsResponse

    package init(
        listShards: @escaping @Sendable () async throws(ClientError) -> [KinesisShard],
        shardIterator: @escaping @Sendable (String, ShardPosition) async throws(ClientError) -> String?,
        records: @escaping @Sendable (String) async throws(ClientError) -> GetRecordsResponse
    ) {
        self.listShards = listShards
        self.shardIterator = shardIterator
        self.records = records
    }

    /// Through a client, on `stream` (name or ARN; an ARN also goes with GetRecords).
    package init(client: KinesisClient, stream: KinesisStream, limit: Int? = nil) {
        let arn: String? = if case .arn(let arn) = stream { arn } else { nil }
        self.init(
            listShards: { () throws(ClientError) in try await client.listAllShards(stream, pageSize: 1000) },
            shardIterator: { shardId, position throws(ClientError) in
                try await client.getShardIterator(GetShardIteratorRequest(stream: stream, shardId: shardId, position: position))
                    .shardIterator
            },
            records: { iterator throws(ClientError) in
                try await client.getRecords(GetRecordsRequest(shardIterator: iterator, limit: limit, streamARN: arn))
            })
    }
}
