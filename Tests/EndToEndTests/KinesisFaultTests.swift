import AWSClient
import ContactLensModel
import Foundation
import LensEngine
import Synchronization
import TestSupport
import Testing

/// What moto never does, played by a loopback proxy in front of it: throttling of GetRecords,
/// an expired iterator, a record that is not JSON. The follow rides through all of them.
@Suite(
    .serialized, .motoServer,
    .enabled(
        if: MotoServer.installedPath != nil || MotoServer.isCI,
        "moto_server is not installed (pip install 'moto[server]')"))
struct KinesisFaultTests {
    /// GetRecords calls 3-5 throttled; the first call on an iterator past a record (moto's
    /// iterators say where they are: base64 of stream:shard:last) told it expired; the first
    /// answer with records given one more record that is not JSON.
    final class Faults: Sendable {
        let getRecords = Mutex(0)
        let poisoned = Mutex(false)
        let expired = Mutex<String?>(nil)
        let iteratorRequests = Mutex<[String]>([])
    }

    /// The last sequence number a moto iterator stands after ("0" before any record).
    static func position(ofIterator iterator: String) -> String? {
        let clean = iterator.replacingOccurrences(of: "\n", with: "")
        guard let data = Data(base64Encoded: clean) else { return nil }
        return String(decoding: data, as: UTF8.self).split(separator: ":").last.map(String.init)
    }

    static func proxy(to moto: MotoServer, _ faults: Faults) throws -> StubHTTPServer {
        try StubHTTPServer { request in
            let target = request.header("X-Amz-Target") ?? ""
            let input = (try? JSONSerialization.jsonObject(with: Data(request.body)) as? [String: Any]) ?? [:]
            if target.hasSuffix(".GetShardIterator") {
                let type = input["ShardIteratorType"] as? String ?? "?"
                let after = input["StartingSequenceNumber"] as? String
                faults.iteratorRequests.withLock { $0.append(after.map { "\(type) \($0)" } ?? type) }
            }
            if target.hasSuffix(".GetRecords") {
                let call = faults.getRecords.withLock {
                    $0 += 1
                    return $0
                }
                if (3...5).contains(call) {
                    return .json(
                        #"{"__type":"ProvisionedThroughputExceededException","message":"Rate exceeded for shard"}"#, status: 400)
                }
                let at = (input["ShardIterator"] as? String).flatMap(Self.position(ofIterator:))
                let expire = faults.expired.withLock { expired -> Bool in
                    guard expired == nil, call > 5, let at, at != "0" else { return false }
                    expired = at
                    return true
                }
                if expire {
                    return .json(#"{"__type":"ExpiredIteratorException","message":"Iterator expired"}"#, status: 400)
                }
            }
            let headers = request.headers.filter {
                ["content-type", "x-amz-target", "authorization", "x-amz-date"].contains($0.name.lowercased())
            }
            guard
                let (status, body) = try? LoopbackHTTP.request(
                    port: moto.port, method: request.method, target: request.target,
                    headers: headers.map { ($0.name, $0.value) }, body: request.body)
            else {
                return .json(#"{"__type":"InternalFailure"}"#, status: 500)
            }
            var answer = body
            if target.hasSuffix(".GetRecords"), faults.poisoned.withLock({ !$0 }),
                var json = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any],
                var records = json["Records"] as? [[String: Any]], var first = records.first
            {
                first["Data"] = Data("not json at all".utf8).base64EncodedString()
                records.insert(first, at: 0)
                json["Records"] = records
                answer = Array((try? JSONSerialization.data(withJSONObject: json)) ?? Data(body))
                faults.poisoned.withLock { $0 = true }
            }
            return StubHTTPServer.Response(
                status: status, headers: [("Content-Type", "application/x-amz-json-1.1")],
                body: String(decoding: answer, as: UTF8.self))
        }
    }

    @Test func throttlingExpiredIteratorsAndAnUnreadableRecordNeverEndTheFollow() async throws {
        let moto = try #require(MotoServer.current, "CI=true but moto_server is not on PATH")
        try moto.createStream("faulty", shards: 2)
        let contacts = try await KinesisHarness.simulate(moto, stream: "faulty", contacts: 2, speed: "instant")
        let faults = Faults()
        let proxy = try Self.proxy(to: moto, faults)
        defer { proxy.stop() }
        let outcome = try await KinesisHarness.follow(proxy.url, stream: "faulty", contactId: contacts[0])
        #expect(outcome.failure == nil)
        #expect(outcome.finished)
        #expect(outcome.store.turns == KinesisHarness.expectedTurns(contactId: contacts[0], copy: 0))
        let throttled = outcome.statuses.filter { if case .retrying(_, _, _, true) = $0 { true } else { false } }
        #expect(throttled.count == 3)
        let warnings = outcome.statuses.compactMap { if case .warning(let text) = $0 { text } else { nil } }
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("not JSON") == true)
        let types = faults.iteratorRequests.withLock { $0 }
        let expiredAt = try #require(faults.expired.withLock { $0 }, "no iterator was expired")
        #expect(types.contains("AFTER_SEQUENCE_NUMBER \(expiredAt)"), "the expired iterator was replaced: \(types)")
        print(
            "FIGURE kinesis faults: \(faults.getRecords.withLock { $0 }) GetRecords, 3 throttled (that shard paused), 1 expired "
                + "iterator replaced (\(types.joined(separator: ","))), 1 record not JSON reported once; "
                + "\(outcome.store.turns.count) turns, complete")
    }

    @Test func aStreamThatDoesNotExistFailsWithOneLine() async throws {
        let moto = try #require(MotoServer.current, "CI=true but moto_server is not on PATH")
        let outcome = try await KinesisHarness.follow(
            moto.url, stream: "no-such-stream", contactId: "5eed0000-0000-4000-8000-000000000404", timeout: .seconds(20))
        #expect(outcome.failure?.contains("stream not found") == true, "\(outcome.failure ?? "-")")
    }
}
