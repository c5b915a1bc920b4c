import Foundation

/// moto's Kinesis driven directly (JSON 1.1 over loopback, unsigned: moto does not check), for
/// what lenstail itself never does: create streams and reshard them.
extension MotoServer {
    /// Calls one Kinesis operation; throws on a non-2xx answer.
    @discardableResult
    package func kinesis(_ operation: String, _ input: [String: Any]) throws -> [String: Any] {
        let body = Array(try JSONSerialization.data(withJSONObject: input))
        let (status, answer) = try LoopbackHTTP.request(
            port: port, method: "POST", target: "/",
            headers: [
                ("Content-Type", "application/x-amz-json-1.1"), ("X-Amz-Target", "Kinesis_20131202.\(operation)"),
                (
                    "Authorization",
                    "AWS4-HMAC-SHA256 Credential=AKIDTEST/20260101/us-east-1/kinesis/aws4_request, "
                        + "SignedHeaders=host, Signature=0"
                ),
            ],
            body: body)
        guard (200..<300).contains(status) else {
            throw ScriptedServerError(message: "moto \(operation): HTTP \(status) \(String(decoding: answer, as: UTF8.self))")
        }
        return (try? JSONSerialization.jsonObject(with: Data(answer)) as? [String: Any]) ?? [:]
    }

    /// A new stream with `shards` shards; its ARN.
    @discardableResult
    package func createStream(_ name: String, shards: Int) throws -> String {
        try kinesis("CreateStream", ["StreamName": name, "ShardCount": shards])
        let summary = try kinesis("DescribeStreamSummary", ["StreamName": name])["StreamDescriptionSummary"] as? [String: Any]
        return summary?["StreamARN"] as? String ?? ""
    }

    /// Every shard of the stream as moto lists it (id, parent, whether closed).
    package func shards(_ stream: String) throws -> [(id: String, parent: String?, closed: Bool)] {
        let shards = try kinesis("ListShards", ["StreamName": stream])["Shards"] as? [[String: Any]] ?? []
        return shards.map { shard in
            let range = shard["SequenceNumberRange"] as? [String: Any]
            return (shard["ShardId"] as? String ?? "", shard["ParentShardId"] as? String, range?["EndingSequenceNumber"] != nil)
        }
    }

    package func updateShardCount(_ stream: String, to count: Int) throws {
        try kinesis("UpdateShardCount", ["StreamName": stream, "TargetShardCount": count, "ScalingType": "UNIFORM_SCALING"])
    }
}
