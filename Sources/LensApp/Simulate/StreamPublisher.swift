import AWSClient
import ContactLensModel
import FoundationEssentials
import LensBasics
import LensEngine
import LensSimulator

/// `lenstail simulate --to-kinesis`: plays scenario calls as Contact Lens would publish them,
/// into any Kinesis stream (moto on loopback, or a real one), partition key the contact id.
/// Events due together go in one PutRecords (up to 500); a lone event with PutRecord.
package enum StreamPublisher {
    package struct Settings: Sendable {
        package var stream: String
        package var scenarioFile: String?
        package var copies: Int
        package var speed: PlaybackSpeed
        /// The contacts' ids come from it when given; else from a new seed every run.
        package var seed: UInt64?

        package init(stream: String, scenarioFile: String?, copies: Int, speed: PlaybackSpeed, seed: UInt64?) {
            self.stream = stream
            self.scenarioFile = scenarioFile
            self.copies = copies
            self.speed = speed
            self.seed = seed
        }
    }

    package static func run(_ settings: Settings, aws: AWSSettings, console: Console = .standard) async throws {
        let stream: KinesisStream
        do { stream = try KinesisStream(settings.stream) } catch { throw FatalError(error.message) }
        let scenario: Scenario
        do {
            scenario = try settings.scenarioFile.map { try Scenario.load(contentsOf: URL(fileURLWithPath: $0)) } ?? .demo
        } catch {
            throw FatalError(String(describing: error))
        }
        // Contact ids of this run's own unless --seed: a follow of the stream must not find an
        // earlier run's finished call under the same id (real contact ids are never reused).
        let plan = StreamEventPlan(
            scenario: scenario, copies: settings.copies, seed: settings.seed ?? .random(in: 0 ... .max), newIds: true)
        let (client, place) = try aws.makeKinesisClient(for: stream)
        try console.err(
            "lenstail simulate: publishing \(plan.contactIds.count) contact\(plan.contactIds.count == 1 ? "" : "s") "
                + "(\(plan.items.count) events) to \(stream) at \(place), speed \(settings.speed)\n"
                + plan.contactIds.map { "  contact \($0)\n" }.joined())
        let started = ContinuousClock.now
        let records = try await publish(plan, to: stream, client: client, speed: settings.speed.factor)
        let took = (ContinuousClock.now - started).seconds
        try console.err(
            "lenstail simulate: put \(plan.items.count) events in \(records) calls in \(String(cFormat: "%.1f", took)) s\n")
    }

    /// Puts every event at its time (call time divided by `speed`); returns how many calls it took.
    package static func publish(
        _ plan: StreamEventPlan, to stream: KinesisStream, client: KinesisClient,
        speed: Double, clock: ContinuousClock = ContinuousClock()
    ) async throws -> Int {
        let start = clock.now
        var calls = 0
        var index = 0
        while index < plan.items.count {
            let due = plan.items[index].atMillis
            var batch: [PutRecordsEntry] = []
            while index < plan.items.count, plan.items[index].atMillis == due || speed.isInfinite, batch.count < 500 {
                let item = plan.items[index]
                batch.append(PutRecordsEntry(data: try item.event.serialized(), partitionKey: item.contactId))
                index += 1
            }
            if !speed.isInfinite {
                try await clock.sleep(until: start.advanced(by: .milliseconds(Int(Double(due) / speed))), tolerance: nil)
            }
            calls += try await put(batch, to: stream, client: client)
        }
        return calls
    }

    /// One batch, retrying throttling and the entries PutRecords reports as failed.
    static func put(_ batch: [PutRecordsEntry], to stream: KinesisStream, client: KinesisClient) async throws -> Int {
        var pending = batch
        var calls = 0
        var attempt = 0
        while !pending.isEmpty {
            calls += 1
            do throws(ClientError) {
                if pending.count == 1 {
                    _ = try await client.putRecord(
                        PutRecordRequest(
                            stream: stream, data: pending[0].data,
                            partitionKey: pending[0].partitionKey))
                    pending = []
                } else {
                    let answer = try await client.putRecords(PutRecordsRequest(stream: stream, records: pending))
                    pending = zip(pending, answer.records).filter { $0.1.errorCode != nil }.map(\.0)
                }
                attempt = 0
            } catch {
                attempt += 1
                guard error.isTransient, attempt < 10 else {
                    throw FatalError(
                        "cannot put records on \(stream): \(error.kinesisAdvice(stream: stream, credentialSource: nil))")
                }
            }
            if !pending.isEmpty {
                try await Task.sleep(for: RetryPolicy.live.delay(attempt: max(attempt, 1), retryAfter: nil, jitter: 0.5))
            }
        }
        return calls
    }
}
