import ContactLensModel
import FoundationEssentials
import LensEngine

/// A finished contact read from its post-contact analysis file: a finite source of one contact's
/// segments (all of them, then the end) that replays and exports like a recording, with what
/// only the post-contact analysis tells (`insights`: talk time, loudness, outcomes…) beside them
/// for the view and the exports.
package struct AnalysisFileSource: ContactSource {
    /// `s3://BUCKET/KEY`.
    package var location: String
    package var contactId: String
    package var instanceId: String
    package var analysis: PostContactAnalysis
    /// The file's size in bytes.
    package var size: Int

    package init(location: String, contactId: String, instanceId: String, analysis: PostContactAnalysis, size: Int) {
        self.location = location
        self.contactId = contactId
        self.instanceId = instanceId
        self.analysis = analysis
        self.size = size
    }

    package var segments: [Segment] { analysis.segments }
    package var insights: PostContactInsights { analysis.insights }

    /// The segments as one finished page (a chat's says CHAT and COMPLETED, as the chat API does).
    package var page: ListSegmentsResponse {
        analysis.isChat
            ? ListSegmentsResponse(segments: segments, channel: "CHAT", status: .completed)
            : ListSegmentsResponse(segments: segments)
    }

    /// The source's events: its segments, then the end.
    package func events() -> AsyncStream<FollowEvent> { events(receivedAt: Date()) }

    package func events(receivedAt: Date) -> AsyncStream<FollowEvent> {
        let (events, continuation) = AsyncStream.makeStream(of: FollowEvent.self)
        continuation.yield(.segments(segments, receivedAt: receivedAt))
        continuation.yield(.finished)
        continuation.finish()
        return events
    }
}
