import AWSClient
import AWSSigV4
import ContactLensModel
import Foundation
import LensEngine
import LensSimulator
import Synchronization
import TestSupport

/// Shared plumbing of the Kinesis tests: a client on moto, an in-process follower that collects
/// what a viewer would see, and the demo call as it should end up.
enum KinesisHarness {
    static let credentials = AWSCredentials(accessKeyId: "AKIDKINESISTEST", secretAccessKey: "kinesis-test-secret")
    static var environment: [String: String] {
        [
            "AWS_ACCESS_KEY_ID": credentials.accessKeyId, "AWS_SECRET_ACCESS_KEY": credentials.secretAccessKey,
            "AWS_REGION": "us-east-1",
        ]
    }

    static func client(_ url: String) -> KinesisClient {
        KinesisClient(endpoint: URL(string: url)!, region: "us-east-1", credentials: StaticCredentialProvider(credentials))
    }

    /// What a follow showed: the store after every event, and the events themselves.
    struct Outcome: Sendable {
        var store = TranscriptStore()
        var events: [FollowEvent] = []
        var finished = false
        var failure: String?
        /// Transcript segments delivered, counted per id (a duplicate shows as 2).
        var transcriptDeliveries: [String: Int] = [:]
        var utterances = 0
        var statuses: [FollowStatus] { events.compactMap { if case .status(let s) = $0 { s } else { nil } } }
    }

    /// Follows `contactId` on `stream` at `url` until it finishes, fails, `stopAfterPages` pages
    /// arrived, or `timeout` passes (then with what it had, and the failure "timed out").
    static func follow(
        _ url: String, stream: String, contactId: String, start: ShardPosition = .trimHorizon,
        limit: Int? = nil, stopAfterPages: Int? = nil, timeout: Duration = .seconds(60),
        onRecord: (@Sendable (StreamRecordContext) throws -> Void)? = nil
    ) async throws -> Outcome {
        let kinesis = try KinesisStream(stream)
        let configuration = ShardReaderConfiguration(
            start: start, pollInterval: .milliseconds(200), relistInterval: .seconds(2),
            limit: limit)
        let reader = ShardReader(
            configuration: configuration,
            calls: KinesisCalls(client: client(url), stream: kinesis, limit: limit))
        let follower = StreamFollower(reader: reader, stream: kinesis, contactId: contactId, onRecord: onRecord)
        let shared = OutcomeBox()
        let collector = Task {
            var pages = 0
            for await event in follower.events() {
                let stop = shared.value.withLock { outcome -> Bool in
                    outcome.events.append(event)
                    switch event {
                    case .segments(let segments, _):
                        for segment in segments {
                            switch segment {
                            case .transcript(let turn): outcome.transcriptDeliveries[turn.id, default: 0] += 1
                            case .utterance: outcome.utterances += 1
                            case .categories, .postContactSummary, .unknown, .chat: break
                            }
                        }
                        outcome.store.apply(segments)
                        pages += 1
                        return stopAfterPages.map { pages >= $0 } ?? false
                    case .finished: outcome.finished = true
                    case .failed(let message): outcome.failure = message
                    case .status, .leg: break
                    }
                    return false
                }
                if stop { return }
            }
        }
        let watchdog = Task {
            try await Task.sleep(for: timeout)
            collector.cancel()
            shared.value.withLock { $0.failure = $0.failure ?? "timed out after \(timeout)" }
        }
        await collector.value
        watchdog.cancel()
        return shared.value.withLock { $0 }
    }

    /// The demo call's final turns for the contact at `copy` of a `simulate --to-kinesis` run.
    static func expectedTurns(contactId: String, copy: Int) -> [Turn] {
        let prefix = copy == 0 ? "" : "\(contactId.prefix(8))-"
        var store = TranscriptStore()
        store.apply(Scenario.demo.contacts[0].segments.map(\.segment))
        return store.turns.map {
            var turn = $0
            turn.id = prefix + turn.id
            return turn
        }
    }

    /// The contact ids `simulate --to-kinesis` announced on stderr, in order.
    static func announcedContacts(_ stderr: String) -> [String] {
        stderr.split(separator: "\n").compactMap { line in
            line.hasPrefix("  contact ") ? String(line.dropFirst("  contact ".count)) : nil
        }
    }

    /// `lenstail simulate --to-kinesis` into moto.
    static func simulate(
        _ moto: MotoServer, stream: String, contacts: Int, speed: String, seed: UInt64? = nil
    ) async throws -> [String] {
        let result = try await LenstailProcess.run(
            ["simulate", "--to-kinesis", stream, "--endpoint-url", moto.url, "--contacts", "\(contacts)", "--speed", speed]
                + (seed.map { ["--seed", "\($0)"] } ?? []),
            environment: environment, timeout: .seconds(120))
        guard result.status == 0 else { throw FixtureFailure("simulate --to-kinesis failed: \(result.stderr)") }
        return announcedContacts(result.stderr)
    }
}

/// The outcome so far, shared by the collecting task and the watchdog.
final class OutcomeBox: Sendable {
    let value = Mutex(KinesisHarness.Outcome())
}

struct FixtureFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
