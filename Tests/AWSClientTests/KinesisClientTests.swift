import AWSSigV4
import ContactLensModel
import Foundation
import TestSupport
import Testing

@testable import AWSClient

/// The Kinesis client on the wire, against a stub: JSON 1.1 headers, the operation in
/// X-Amz-Target, SigV4 for `kinesis`, members named as botocore's model names them.
@Suite struct KinesisClientTests {
    static func client(_ server: StubHTTPServer) -> KinesisClient {
        KinesisClient(
            endpoint: URL(string: server.url)!, region: "eu-west-1",
            credentials: StaticCredentialProvider(AWSCredentials(accessKeyId: "AKIDKIN", secretAccessKey: "s")))
    }

    static func body(_ request: StubHTTPServer.Request) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(request.body)) as? [String: Any]) ?? [:]
    }

    @Test func everyCallIsAJSON11PostSignedForKinesis() async throws {
        let server = try StubHTTPServer { _ in .json(#"{"ShardIterator":"AAAA"}"#) }
        defer { server.stop() }
        let iterator = try await Self.client(server).getShardIterator(
            GetShardIteratorRequest(
                stream: .name("segments"), shardId: "shardId-000000000001",
                position: .atTimestamp(Date(timeIntervalSince1970: 1_767_225_600.5))))
        #expect(iterator.shardIterator == "AAAA")
        let request = try #require(server.requests.first)
        #expect(request.method == "POST")
        #expect(request.target == "/")
        #expect(request.header("Content-Type") == "application/x-amz-json-1.1")
        #expect(request.header("X-Amz-Target") == "Kinesis_20131202.GetShardIterator")
        #expect(request.header("Authorization")?.contains("/eu-west-1/kinesis/aws4_request") == true)
        let body = Self.body(request)
        #expect(body["StreamName"] as? String == "segments")
        #expect(body["StreamARN"] == nil)
        #expect(body["ShardIteratorType"] as? String == "AT_TIMESTAMP")
        #expect(body["Timestamp"] as? Double == 1_767_225_600.5)
    }

    @Test func anARNTravelsAsStreamARNAndAfterSequenceNumberWithItsNumber() async throws {
        let server = try StubHTTPServer { _ in .json(#"{"ShardIterator":"B"}"#) }
        defer { server.stop() }
        let arn = "arn:aws:kinesis:eu-west-1:123456789012:stream/segments"
        let stream = try KinesisStream(arn)
        #expect(stream.region == "eu-west-1")
        _ = try await Self.client(server).getShardIterator(
            GetShardIteratorRequest(
                stream: stream, shardId: "shardId-000000000001",
                position: .afterSequenceNumber("49590338271490256608559692538361571095921575989136588898")))
        let body = Self.body(try #require(server.requests.first))
        #expect(body["StreamARN"] as? String == arn)
        #expect(body["StreamName"] == nil)
        #expect(body["StartingSequenceNumber"] as? String == "49590338271490256608559692538361571095921575989136588898")
    }

    @Test func listShardsFollowsNextTokenWithoutNamingTheStreamAgain() async throws {
        let server = try StubHTTPServer { request in
            let body = KinesisClientTests.body(request)
            if body["NextToken"] == nil {
                return .json(
                    #"{"Shards":[{"ShardId":"shardId-000000000000","HashKeyRange":{"StartingHashKey":"0","EndingHashKey":"9"},"SequenceNumberRange":{"StartingSequenceNumber":"1","EndingSequenceNumber":"5"}}],"NextToken":"page-2"}"#
                )
            }
            return .json(
                #"{"Shards":[{"ShardId":"shardId-000000000001","ParentShardId":"shardId-000000000000","HashKeyRange":{"StartingHashKey":"0","EndingHashKey":"9"},"SequenceNumberRange":{"StartingSequenceNumber":"6"}}]}"#
            )
        }
        defer { server.stop() }
        let shards = try await Self.client(server).listAllShards(.name("segments"), pageSize: 1)
        #expect(shards.map(\.shardId) == ["shardId-000000000000", "shardId-000000000001"])
        #expect(shards[0].isClosed && !shards[1].isClosed)
        #expect(shards[1].parents == ["shardId-000000000000"])
        let bodies = server.requests.map(Self.body)
        #expect(bodies[0]["StreamName"] as? String == "segments")
        #expect(bodies[1]["StreamName"] == nil && bodies[1]["NextToken"] as? String == "page-2")
    }

    @Test func getRecordsDecodesBase64DataArrivalTimesAndChildShards() async throws {
        let data = Data(#"{"ContactId":"c"}"#.utf8).base64EncodedString()
        let server = try StubHTTPServer { _ in
            .json(
                #"{"Records":[{"SequenceNumber":"7","ApproximateArrivalTimestamp":1767225600.25,"Data":"\#(data)","PartitionKey":"c"}],"MillisBehindLatest":0,"ChildShards":[{"ShardId":"shardId-000000000002","ParentShards":["shardId-000000000000"],"HashKeyRange":{"StartingHashKey":"0","EndingHashKey":"9"}}]}"#
            )
        }
        defer { server.stop() }
        let answer = try await Self.client(server).getRecords(GetRecordsRequest(shardIterator: "it", limit: 100))
        #expect(answer.records.first?.data == Array(#"{"ContactId":"c"}"#.utf8))
        #expect(answer.records.first?.approximateArrivalTimestamp == Date(timeIntervalSince1970: 1_767_225_600.25))
        #expect(answer.nextShardIterator == nil, "a closed shard read to its end")
        #expect(answer.childShards?.first?.parentShards == ["shardId-000000000000"])
        #expect(Self.body(try #require(server.requests.first))["Limit"] as? Int == 100)
    }

    @Test(arguments: [
        #"{"Records":[{"SequenceNumber":"1","ApproximateArrivalTimestamp":1795776248.4,"Data":"eyJhIjoxfQ==","PartitionKey":"p1"}],"NextShardIterator":"czE6c2hhcmQ6MQ==\n","MillisBehindLatest":0}"#,
        #"{"MillisBehindLatest":12,"Records":[],"NextShardIterator":null}"#,
        #"{"Records":[{"SequenceNumber":"2","Data":"e30=","PartitionKey":"k","EncryptionType":"NONE","Extra":[1,{"x":null}]}],"NextShardIterator":"a\/b"}"#,
        #"{"Records":[{"SequenceNumber":"3","ApproximateArrivalTimestamp":17e8,"Data":"e30=","PartitionKey":"k"}]}"#,
        #"{"Records":[],"ChildShards":[{"ShardId":"s2","ParentShards":["s1"],"HashKeyRange":{"StartingHashKey":"0","EndingHashKey":"1"}}]}"#,
    ])
    func getRecordsAnswersReadAsJSONDecoderReadsThem(body: String) throws {
        let fast = try GetRecordsDecoder.decode(Array(body.utf8))
        let slow = try JSONDecoder().decode(GetRecordsResponse.self, from: Data(body.utf8))
        #expect(fast == slow)
    }

    @Test(arguments: [
        #"{"NextShardIterator":"x"}"#, #"{"Records":[{"SequenceNumber":"1","Data":"!!","PartitionKey":"k"}]}"#,
        #"{"Records":[{"Data":"e30=","PartitionKey":"k"}]}"#, "not json",
    ])
    func brokenGetRecordsAnswersFailAsWithJSONDecoder(body: String) {
        #expect(throws: (any Error).self) { try GetRecordsDecoder.decode(Array(body.utf8)) }
    }

    @Test func errorsAreParsedFromTheJSON11Body() async throws {
        let server = try StubHTTPServer { _ in
            .json(
                #"{"__type":"ExpiredIteratorException","message":"Iterator expired. The iterator was created at time X"}"#,
                status: 400)
        }
        defer { server.stop() }
        do {
            _ = try await Self.client(server).getRecords(GetRecordsRequest(shardIterator: "it"))
            Issue.record("no error")
        } catch {
            guard case .service(let service) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(service.code == "ExpiredIteratorException")
            #expect(!error.isThrottling)
        }
        #expect(
            ClientError.service(ServiceError(code: "ProvisionedThroughputExceededException", message: "", httpStatus: 400))
                .isThrottling)
        #expect(ClientError.service(ServiceError(code: "LimitExceededException", message: "", httpStatus: 400)).isThrottling)
    }

    @Test(arguments: [
        "", "has space", String(repeating: "a", count: 129), "arn:aws:kinesis:eu-west-1:12345:stream/x",
        "arn:aws:s3:::bucket",
    ])
    func badStreamNamesAreRefusedBeforeSending(name: String) {
        #expect(throws: RequestValidationError.self) { try KinesisStream(name) }
    }

    @Test func limitsOfTheModelAreCheckedBeforeSending() async throws {
        let server = try StubHTTPServer { _ in .json("{}") }
        defer { server.stop() }
        let client = Self.client(server)
        await #expect(throws: ClientError.self) {
            try await client.getRecords(GetRecordsRequest(shardIterator: "it", limit: 10_001))
        }
        await #expect(throws: ClientError.self) { try await client.getRecords(GetRecordsRequest(shardIterator: "")) }
        await #expect(throws: ClientError.self) {
            try await client.putRecords(PutRecordsRequest(stream: .name("s"), records: []))
        }
        await #expect(throws: ClientError.self) {
            try await client.getShardIterator(GetShardIteratorRequest(stream: .name("s"), shardId: "bad id", position: .latest))
        }
        #expect(server.requests.isEmpty)
    }
}
