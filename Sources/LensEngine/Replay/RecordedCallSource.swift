import ContactLensModel
import LensRecording

/// A finished call's pages (read from a recording, or fetched to the end) given all at once, as
/// a follow of it would have given them: each page's segments as it came, then the end. A
/// transferred call's legs are said where they began, before their first page.
package struct RecordedCallSource: ContactSource {
    package var pages: [RecordedPage]
    package var legs: [RecordedLegStart]

    package init(pages: [RecordedPage], legs: [RecordedLegStart] = []) {
        self.pages = pages
        self.legs = legs
    }

    package func events() -> AsyncStream<FollowEvent> {
        let (events, continuation) = AsyncStream.makeStream(of: FollowEvent.self)
        for (index, page) in pages.enumerated() {
            for start in legs where start.page == index { continuation.yield(.leg(start.leg)) }
            continuation.yield(.segments(page.response.segments, receivedAt: page.receivedAt))
        }
        for start in legs where start.page >= pages.count { continuation.yield(.leg(start.leg)) }
        continuation.yield(.finished)
        continuation.finish()
        return events
    }
}
