import ContactLensModel
import Foundation
import TestSupport
import Testing

@testable import LensSimulator

@Suite("Contact playback on an injected clock")
struct ContactPlaybackTests {
    let start = Date(timeIntervalSince1970: 1_700_000_000)
    func at(_ ms: Double, speed: Double = 1) -> Date { start.addingTimeInterval(ms / 1_000 / speed) }

    @Test("Release times default per kind and order the timeline")
    func defaults() {
        let releases = Fixture.scenario.contacts[0].timeline.map(\.releaseAtMillis)
        // turns end at 1000, 2000, 3000, 4000; the category's point of interest ends at 2000;
        // the summary has an explicit 4500.
        #expect(releases == [1_000, 2_000, 2_000, 3_000, 4_000, 4_500])
        let contact = ScenarioContact(
            instanceId: "i", contactId: "c",
            segments: [
                Fixture.turn(1, begin: 0, end: 800),
                ScenarioSegment(.summary(PostContactSummary(content: "x", status: .completed))),
            ])
        #expect(contact.timeline.map(\.releaseAtMillis) == [800, 800 + ScenarioContact.summaryDelayMillis])
    }

    @Test("Segments are released when call time times speed passes their release time")
    func release() {
        var playback = ContactPlayback(index: 0, contact: Fixture.scenario.contacts[0], speed: 4)
        #expect(playback.releasedCount(at: start) == 0)
        #expect(!playback.isOver(at: at(10_000_000)), "the clock has not started")
        playback.start(at: start)
        playback.start(at: at(500))  // a later request does not restart the clock
        #expect(playback.releasedCount(at: at(999, speed: 4)) == 0)
        #expect(playback.releasedCount(at: at(1_000, speed: 4)) == 1)
        #expect(playback.releasedCount(at: at(2_000, speed: 4)) == 3)
        #expect(playback.releasedCount(at: at(4_499, speed: 4)) == 5)
        #expect(!playback.isOver(at: at(4_499, speed: 4)))
        #expect(playback.isOver(at: at(4_500, speed: 4)))
    }

    @Test("Pages come from the released prefix; NextToken ends only with the last segment of a finished call")
    func pages() {
        var playback = ContactPlayback(index: 0, contact: Fixture.scenario.contacts[0], speed: 1)
        playback.start(at: start)
        let live = playback.page(from: 0, maxResults: 100, at: at(2_500))
        #expect(live.segments == Array(Fixture.expected[0..<3]))
        #expect(live.next == 3)
        let caughtUp = playback.page(from: 3, maxResults: 100, at: at(2_600))
        #expect(caughtUp.segments.isEmpty && caughtUp.next == 3)
        let overButMore = playback.page(from: 3, maxResults: 2, at: at(9_000))
        #expect(overButMore.segments == Array(Fixture.expected[3..<5]) && overButMore.next == 5)
        let last = playback.page(from: 5, maxResults: 2, at: at(9_000))
        #expect(last.segments == [Fixture.expected[5]] && last.next == nil)
    }

    @Test("Infinite speed releases everything at the first request")
    func infiniteSpeed() {
        var playback = ContactPlayback(index: 0, contact: Fixture.scenario.contacts[0], speed: .infinity)
        playback.start(at: start)
        #expect(playback.page(from: 0, maxResults: 100, at: start) == PlaybackPage(segments: Fixture.expected, next: nil))
    }

    @Test("Page tokens round-trip; edited, invented and other simulators' tokens do not")
    func tokens() {
        let codec = PageTokenCodec()
        let token = PageToken(contactIndex: 1, position: 42)
        let text = codec.encode(token)
        #expect(codec.decode(text) == token)
        #expect(text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }, "base64url")
        #expect(PageTokenCodec().decode(text) == nil)
        #expect(codec.decode(Data("v1.1.43.0".utf8).base64EncodedString()) == nil)
        #expect(codec.decode("%%%") == nil)
    }

    @Test("The token bucket allows a burst of 2, then 1 per second")
    func rateLimiter() {
        var limiter = RateLimiter(.serviceQuota)
        let burst = (0..<3).map { _ in limiter.allow("a", at: start) }
        let otherKey = limiter.allow("b", at: start)
        let halfSecondLater = limiter.allow("a", at: start.addingTimeInterval(0.5))
        let refilled = limiter.allow("a", at: start.addingTimeInterval(1.6))
        #expect(burst == [true, true, false])
        #expect(otherKey, "buckets are per access key")
        #expect(!halfSecondLater)
        #expect(refilled)
    }
}
