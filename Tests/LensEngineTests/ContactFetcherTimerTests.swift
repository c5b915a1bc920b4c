import AWSClient
import ContactLensModel
import LensEngine
import LensRecording
import Synchronization
import Testing

/// A `VirtualClock` that also counts the sleeps asked of it.
final class CountingClock: Clock, Sendable {
    private let clock = VirtualClock()
    private let sleeps = Mutex(0)
    var sleepCount: Int { sleeps.withLock { $0 } }
    var now: VirtualClock.Instant { clock.now }
    var minimumResolution: Duration { clock.minimumResolution }
    func advance(by duration: Duration) { clock.advance(by: duration) }

    func sleep(until deadline: VirtualClock.Instant, tolerance: Duration?) async throws {
        sleeps.withLock { $0 += 1 }
        try await clock.sleep(until: deadline, tolerance: tolerance)
    }
}

/// Pacing sets a timer only when a request would otherwise start early.
@Suite struct ContactFetcherTimerTests {
    /// A fake API of `pages` pages taking `responseTime` each.
    static func fetcher(pages: Int, responseTime: Duration, interval: Duration, clock: CountingClock) -> ContactFetcher {
        ContactFetcher(instanceId: "i", contactId: "c", interval: interval) { request throws(ClientError) in
            let n = request.nextToken.flatMap { Int($0.dropFirst(4)) } ?? 0
            clock.advance(by: responseTime)
            return FetchedPage(ContactFetcherTests.page(n, next: n + 1 < pages ? "page\(n + 1)" : nil))
        }
    }

    @Test func aResponseSlowerThanTheIntervalStartsTheNextRequestWithoutATimer() async throws {
        let slow = CountingClock()
        let pages = try await Self.fetcher(pages: 4, responseTime: .milliseconds(1500), interval: .seconds(1), clock: slow)
            .fetchAll(clock: slow)
        #expect(pages.count == 4)
        #expect(slow.sleepCount == 0)

        let fast = CountingClock()
        _ = try await Self.fetcher(pages: 4, responseTime: .milliseconds(300), interval: .seconds(1), clock: fast)
            .fetchAll(clock: fast)
        #expect(fast.sleepCount == 3, "a wait before each request but the first")
        #expect(fast.now.offset == .seconds(3) + .milliseconds(300))
    }

    @Test func cancellingStillStopsTheFetchWhenNoTimerIsNeeded() async {
        let clock = CountingClock()
        let fetcher = Self.fetcher(pages: 1_000, responseTime: .milliseconds(1500), interval: .seconds(1), clock: clock)
        let task = Task { () async throws -> [RecordedPage] in
            withUnsafeCurrentTask { $0?.cancel() }
            return try await fetcher.fetchAll(clock: clock)
        }
        do {
            let pages = try await task.value
            Issue.record("fetched \(pages.count) pages after cancelling")
        } catch {
            #expect((error as? FetchError)?.message == "cancelled")
        }
    }
}
