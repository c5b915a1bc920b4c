import AWSClient
import AWSSigV4
import ContactLensModel
import Foundation
import LensEngine
import LensSimulator

/// Plumbing of the Kinesis benchmarks: a client on a loopback Kinesis (moto), stream creation,
/// publishing a plan of simulated calls, and the process's CPU time.
enum KinesisBench {
    static func client(_ endpoint: String) -> KinesisClient {
        KinesisClient(
            endpoint: URL(string: endpoint)!, region: "us-east-1",
            credentials: StaticCredentialProvider(AWSCredentials(accessKeyId: "AKIDBENCH", secretAccessKey: "bench-secret")),
            timeout: .seconds(120))
    }

    /// CreateStream (not a call lenstail makes otherwise), then waits until it is listed.
    static func createStream(_ client: KinesisClient, name: String, shards: Int) async throws {
        let body = Array(#"{"StreamName":"\#(name)","ShardCount":\#(shards)}"#.utf8)
        _ = try await client.service.send(
            path: "/",
            headers: [
                HTTPHeader("Content-Type", KinesisClient.contentType),
                HTTPHeader("X-Amz-Target", "\(KinesisClient.targetPrefix).CreateStream"),
            ], body: body)
        _ = try await client.listAllShards(.name(name))
    }

    /// Puts every event of the plan at once, 500 a call; returns the number of records.
    static func publish(_ plan: StreamEventPlan, to stream: String, client: KinesisClient) async throws -> Int {
        var entries: [PutRecordsEntry] = []
        for item in plan.items {
            entries.append(PutRecordsEntry(data: try item.event.serialized(), partitionKey: item.contactId))
        }
        var start = 0
        while start < entries.count {
            let batch = Array(entries[start..<min(start + 500, entries.count)])
            let answer = try await client.putRecords(PutRecordsRequest(stream: .name(stream), records: batch))
            guard (answer.failedRecordCount ?? 0) == 0 else {
                throw BenchmarkError("PutRecords failed \(answer.failedRecordCount!) records")
            }
            start += batch.count
        }
        return entries.count
    }

    /// User + system CPU seconds of this process so far.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
