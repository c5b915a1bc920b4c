import AWSClient
import AWSSigV4
import ContactLensModel
import Foundation
import LensEngine
import LensSimulator

/// Follows an in-process emulator through the real client and keeps what a reliability test
/// measures: every event with the time it arrived, the store after each page, the request log.
struct FollowHarness {
    struct Timed<T: Sendable>: Sendable {
        var at: Date
        var value: T
    }

    struct Run: Sendable {
        var store = TranscriptStore()
        var statuses: [Timed<FollowStatus>] = []
        /// Turn counts after each page: the last good state is never lost.
        var turnCounts: [Int] = []
        var segmentsDelivered = 0
        var finished = false
        var failure: String?
        var requests: [RequestRecord] = []
        var duration: Duration = .zero

        var retrying: [(at: Date, reason: String, retryAt: Date)] {
            statuses.compactMap {
                if case .retrying(let reason, _, let retryAt, _) = $0.value {
                    (at: $0.at, reason: reason, retryAt: retryAt)
                } else {
                    nil
                }
            }
        }

        /// The longest wait announced by a retrying status.
        var maxBackoff: TimeInterval { retrying.map { $0.retryAt.timeIntervalSince($0.at) }.max() ?? 0 }

        /// The shortest gap between two request arrivals at the emulator.
        var minSpacing: TimeInterval {
            zip(requests, requests.dropFirst()).map { $1.time.timeIntervalSince($0.time) }.min() ?? .infinity
        }

        /// Injected faults by kind, e.g. ["throttle": 31, "malformed:huge": 2].
        var faultCounts: [String: Int] {
            requests.reduce(into: [:]) { counts, record in if let fault = record.fault { counts[fault, default: 0] += 1 } }
        }
    }

    var configuration: PollerConfiguration
    var timeout: Duration = .seconds(2)
    var credentials = DemoIdentity.credentials

    /// Follows `contactId` on `simulator` (started already); `onEvent` may act on the run so far,
    /// `tamper` may change a request before it goes out.
    func follow(
        _ simulator: Simulator, contactId: String = TestCall.contactId,
        tamper: (@Sendable (ListSegmentsRequest) -> ListSegmentsRequest)? = nil,
        onEvent: (Run) async throws -> Void = { _ in }
    ) async throws -> Run {
        let endpoint = try require(await simulator.endpoint, "start the simulator first")
        let client = ContactLensClient(
            endpoint: endpoint, region: DemoIdentity.region,
            credentials: StaticCredentialProvider(credentials, source: "the test"),
            timeout: timeout)
        let follower = Follower(
            instanceId: TestCall.instanceId, contactId: contactId, configuration: configuration,
            credentialSource: "the test"
        ) { request throws(ClientError) in
            try await client.send(tamper?(request) ?? request)
        }
        var run = Run()
        let started = ContinuousClock.now
        for await event in follower.events() {
            switch event {
            case .segments(let segments, _):
                run.store.apply(segments)
                run.segmentsDelivered += segments.count
                run.turnCounts.append(run.store.turns.count)
            case .status(let status): run.statuses.append(Timed(at: Date(), value: status))
            case .finished: run.finished = true
            case .failed(let message): run.failure = message
            case .leg: break
            }
            try await onEvent(run)
        }
        run.duration = started.duration(to: .now)
        run.requests = await simulator.requestLog
        return run
    }
}

/// `#require` without Testing's macro, for a helper that is not a test.
private func require<T>(_ value: T?, _ message: String = "missing value") throws -> T {
    guard let value else { throw HarnessError(message) }
    return value
}

struct HarnessError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension TimeInterval {
    /// "123 ms".
    var millis: String { "\(Int((self * 1000).rounded())) ms" }
}
