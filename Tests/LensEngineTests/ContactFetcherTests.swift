import AWSClient
import ContactLensModel
import Foundation
import LensEngine
import Synchronization
import TestSupport
import Testing

/// A clock whose sleeps end at once, moving its time to the deadline; `advance` stands for work.
final class VirtualClock: Clock, Sendable {
    struct Instant: InstantProtocol {
        var offset: Duration
        func advanced(by duration: Duration) -> Instant { Instant(offset: offset + duration) }
        func duration(to other: Instant) -> Duration { other.offset - offset }
        static func < (a: Instant, b: Instant) -> Bool { a.offset < b.offset }
    }

    private let time = Mutex(Duration.zero)
    var now: Instant { Instant(offset: time.withLock { $0 }) }
    var minimumResolution: Duration { .nanoseconds(1) }

    func advance(by duration: Duration) { time.withLock { $0 += duration } }

    func sleep(until deadline: Instant, tolerance: Duration?) async throws {
        try Task.checkCancellation()
        time.withLock { $0 = max($0, deadline.offset) }
    }
}

/// The requests a fake API saw: when each started (virtual time) and its token.
final class RequestLog: Sendable {
    private let entries = Mutex<[(start: Duration, token: String?)]>([])
    func append(_ start: Duration, _ token: String?) { entries.withLock { $0.append((start, token)) } }
    var starts: [Duration] { entries.withLock { $0.map(\.start) } }
}

/// Fetching a finished contact: paced by request starts, stops at the last page, clear lines.
@Suite struct ContactFetcherTests {
    static func page(_ n: Int, next: String?) -> ListSegmentsResponse {
        let turn = Transcript(
            id: "t\(n)", participantId: "A", participantRole: "AGENT", content: "turn \(n)",
            beginOffsetMillis: n * 1000, endOffsetMillis: n * 1000 + 500)
        return ListSegmentsResponse(segments: [.transcript(turn)], nextToken: next)
    }

    /// A fake API of `pages` pages taking `responseTime` each; records the start times and tokens.
    static func fetcher(
        pages: Int, responseTime: Duration, interval: Duration, clock: VirtualClock,
        log: RequestLog
    ) -> ContactFetcher {
        ContactFetcher(instanceId: "i", contactId: "c", interval: interval) { request throws(ClientError) in
            log.append(clock.now.offset, request.nextToken)
            let n = request.nextToken.flatMap { Int($0.dropFirst(4)) } ?? 0
            clock.advance(by: responseTime)
            return FetchedPage(page(n, next: n + 1 < pages ? "page\(n + 1)" : nil))
        }
    }

    @Test func requestStartsAreSpacedByTheIntervalNotByGaps() async throws {
        let cases: [(responseTime: Duration, gap: Duration)] = [
            (.milliseconds(300), .seconds(1)), (.milliseconds(1500), .milliseconds(1500)),
        ]
        for (responseTime, expected) in cases {
            let clock = VirtualClock()
            let log = RequestLog()
            let heard = Mutex<[[Int]]>([])
            let pages = try await Self.fetcher(
                pages: 4, responseTime: responseTime, interval: .seconds(1), clock: clock, log: log
            )
            .fetchAll(clock: clock) { pages, segments in heard.withLock { $0.append([pages, segments]) } }
            #expect(heard.withLock { $0 } == [[1, 1], [2, 2], [3, 3], [4, 4]], "progress after each page")
            #expect(pages.map { $0.response.segments.first?.transcript?.id } == ["t0", "t1", "t2", "t3"])
            #expect(pages.map(\.requestToken) == [nil, "page1", "page2", "page3"])
            let starts = log.starts
            let gaps = zip(starts.dropFirst(), starts).map { $0 - $1 }
            #expect(gaps == Array(repeating: expected, count: 3), "response \(responseTime)")
        }
    }

    @Test func notFoundSaysTheAnalysisIsKeptADay() async {
        let fetcher = ContactFetcher(instanceId: "i", contactId: "c") { _ throws(ClientError) in
            throw .service(
                ServiceError(
                    status: 404, header: { _ in nil },
                    body: Array(#"{"__type":"ResourceNotFoundException","Message":"no such contact"}"#.utf8)))
        }
        do {
            _ = try await fetcher.fetchAll(clock: VirtualClock())
            Issue.record("a missing contact was fetched")
        } catch {
            #expect(error.message.contains("contact not found (no such contact)"))
            #expect(error.message.contains("24 hours"))
        }
    }

    @Test func aContactStillLiveIsRefusedWithAPointerToFollow() async {
        let clock = VirtualClock()
        let fetcher = ContactFetcher(instanceId: "i", contactId: "c", interval: .seconds(1)) { _ throws(ClientError) in
            FetchedPage(ListSegmentsResponse(segments: [], nextToken: "again"))
        }
        do {
            _ = try await fetcher.fetchAll(clock: clock)
            Issue.record("a live contact was fetched as finished")
        } catch {
            #expect(error.message.contains("still live") && error.message.contains("lenstail follow"))
        }
    }
}

/// A chat fetched from the chat API ends on its Status, not on a missing NextToken.
@Suite struct ChatFetchTests {
    static func fetcher(_ pages: [ListSegmentsResponse]) -> ContactFetcher {
        let served = Mutex(0)
        return ContactFetcher(instanceId: "i", contactId: "chat", api: .chat, interval: .zero) { _ throws(ClientError) in
            let n = served.withLock { n in
                defer { n += 1 }
                return n
            }
            return FetchedPage(pages[min(n, pages.count - 1)], api: .chat)
        }
    }

    @Test func aChatEndsWhenItsStatusIsFinalAndNoPageIsLeft() async throws {
        let pages = try await Self.fetcher([
            ListSegmentsResponse(segments: [], nextToken: "a", channel: "CHAT", status: .inProgress),
            ListSegmentsResponse(segments: [], nextToken: nil, channel: "CHAT", status: .completed),
        ]).fetchAll(clock: VirtualClock())
        #expect(pages.count == 2)
    }

    @Test func aChatStillInProgressWithNoPageLeftIsLiveNotAnEndlessFetch() async throws {
        let error = await #expect(throws: FetchError.self) {
            try await Self.fetcher([ListSegmentsResponse(segments: [], nextToken: nil, channel: "CHAT", status: .inProgress)])
                .fetchAll(clock: VirtualClock())
        }
        #expect(error?.message.contains("still live (the chat API says IN_PROGRESS)") == true, "\(String(describing: error))")
    }
}
