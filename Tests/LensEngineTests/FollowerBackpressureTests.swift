import AWSClient
import ContactLensModel
import Foundation
import LensEngine
import Synchronization
import Testing

/// The follow polls no further ahead than its consumer reads: a consumer that stalls (a paused
/// pager, a full pipe) holds the polling instead of piling pages up in memory.
@Suite struct FollowerBackpressureTests {
    @Test func aStalledConsumerHoldsThePolling() async throws {
        let requests = Mutex(0)
        let follower = Follower(
            instanceId: "i", contactId: "c",
            configuration: PollerConfiguration(pollInterval: .milliseconds(1), maxRate: 1000)
        ) { _ throws(ClientError) in
            let n = requests.withLock {
                $0 += 1
                return $0
            }
            return ListSegmentsResponse(segments: [], nextToken: "page\(n)")
        }
        var iterator = follower.events().makeAsyncIterator()
        var pages = 0
        while pages < 3, let event = await iterator.next() {
            if case .segments = event { pages += 1 }
        }
        let before = requests.withLock { $0 }
        // 300 polls' worth of time with nobody reading.
        try await Task.sleep(for: .milliseconds(300))
        let during = requests.withLock { $0 } - before
        print("FIGURE backpressure: \(during) requests while the consumer stalled 300 ms at a 1 ms poll interval")
        #expect(during == 0, "no request while nobody reads")
        _ = await iterator.next()
        _ = await iterator.next()
        #expect(requests.withLock { $0 } > before, "reading again resumes the polling")
    }
}
