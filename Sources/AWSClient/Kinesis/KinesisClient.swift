import AWSSigV4
import ContactLensModel
import FoundationEssentials
import NIOCore

/// Kinesis Data Streams over its JSON 1.1 protocol: `POST /` with the operation in
/// `X-Amz-Target: Kinesis_20131202.<Operation>`, signed for `kinesis`. One call is one attempt;
/// the stream reader's state machine decides about retries and throttling.
package struct KinesisClient: Sendable {
    package let service: AWSServiceClient
    package static let targetPrefix = "Kinesis_20131202"
    package static let contentType = "application/x-amz-json-1.1"

    package init(
        endpoint: URL, region: String, credentials: any CredentialProvider, timeout: Duration = .seconds(10),
        now: @escaping @Sendable () -> Date = Date.init
    ) {
        service = AWSServiceClient(
            service: .kinesis, endpoint: endpoint, region: region, credentials: credentials,
            transport: AWSTransport(timeout: timeout), now: now)
    }

    package var endpoint: URL { service.endpoint }
    package var credentials: any CredentialProvider { service.credentials }

    /// Runs `body` on the HTTP client's event loop (see `AWSTransport.onEventLoop`).
    package func onEventLoop<T, Failure: Error>(_ body: () async throws(Failure) -> T) async throws(Failure) -> T {
        try await service.transport.onEventLoop(body)
    }

    package func listShards(_ request: ListShardsRequest) async throws(ClientError) -> ListShardsResponse {
        do { try request.validate() } catch { throw .invalidRequest(error) }
        return try await call("ListShards", request)
    }

    package func getShardIterator(_ request: GetShardIteratorRequest) async throws(ClientError) -> GetShardIteratorResponse {
        do { try request.validate() } catch { throw .invalidRequest(error) }
        return try await call("GetShardIterator", request)
    }

    package func getRecords(_ request: GetRecordsRequest) async throws(ClientError) -> GetRecordsResponse {
        do { try request.validate() } catch { throw .invalidRequest(error) }
        let body = try await send("GetRecords", request)
        do { return try GetRecordsDecoder.decode(body) } catch {
            throw .malformedResponse("GetRecords: \(DecodingFailure.describe(error))")
        }
    }

    package func putRecords(_ request: PutRecordsRequest) async throws(ClientError) -> PutRecordsResponse {
        do { try request.validate() } catch { throw .invalidRequest(error) }
        return try await call("PutRecords", request)
    }

    package func putRecord(_ request: PutRecordRequest) async throws(ClientError) -> PutRecordResult {
        do { try request.entry.validate() } catch { throw .invalidRequest(error) }
        return try await call("PutRecord", request)
    }

    /// Every shard of the stream, following `NextToken` (which then names the stream alone).
    package func listAllShards(_ stream: KinesisStream, pageSize: Int? = nil) async throws(ClientError) -> [KinesisShard] {
        var page = try await listShards(ListShardsRequest(stream: stream, maxResults: pageSize))
        var shards = page.shards
        while let token = page.nextToken, !token.isEmpty {
            page = try await listShards(ListShardsRequest(nextToken: token, maxResults: pageSize))
            shards += page.shards
        }
        return shards
    }

    private func call<Input: Encodable, Output: Decodable>(_ operation: String, _ input: Input) async throws(ClientError)
        -> Output
    {
        let body = try await send(operation, input)
        do { return try JSONDecoder().decode(Output.self, from: Data(body.isEmpty ? Array("{}".utf8) : body)) } catch {
            throw .malformedResponse("\(operation): \(DecodingFailure.describe(error))")
        }
    }

    /// Signs and posts one operation; a 2xx body comes back, anything else is a `ClientError`.
    private func send<Input: Encodable>(_ operation: String, _ input: Input) async throws(ClientError) -> [UInt8] {
        let body: [UInt8]
        do { body = Array(try JSONEncoder().encode(input)) } catch {
            throw .invalidRequest(RequestValidationError("cannot encode the \(operation) request: \(error)"))
        }
        let headers = [
            HTTPHeader("Content-Type", Self.contentType),
            HTTPHeader("X-Amz-Target", "\(Self.targetPrefix).\(operation)"),
        ]
        return try await service.send(method: "POST", path: "/", headers: headers, body: body).body
    }
}
