import ContactLensModel
import LensRecording

/// A finished call's pages (read from a recording, or fetched to the end) given all at once, as
/// a follow of it would have given them: each page's segments as it came, then the end.
package struct RecordedCallSource: ContactSource {
    package var pages: [RecordedPage]

    package init(pages: [RecordedPage]) { self.pages = pages }

    package func events() -> AsyncStream<FollowEvent> {
        let (events, continuation) = AsyncStream.makeStream(of: FollowEvent.self)
        for page in pages { continuation.yield(.segments(page.response.segments, receivedAt: page.receivedAt)) }
        continuation.yield(.finished)
        continuation.finish()
        return events
    }
}
