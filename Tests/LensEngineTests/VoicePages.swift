import ContactLensModel

@testable import LensEngine

/// A voice page as the paging tables think of it: a NextToken (or none) and a number of segments.
enum VoicePage {
    static let turn = Segment.transcript(
        Transcript(id: "t", participantId: "A", participantRole: "AGENT", content: "", beginOffsetMillis: 0, endOffsetMillis: 0))

    static func make(nextToken: String?, segmentCount: Int) -> ListSegmentsResponse {
        ListSegmentsResponse(segments: Array(repeating: turn, count: segmentCount), nextToken: nextToken)
    }
}

extension PollerStateMachine {
    mutating func received(nextToken: String?, segmentCount: Int, at now: Duration) -> Action {
        received(VoicePage.make(nextToken: nextToken, segmentCount: segmentCount), at: now)
    }
}

extension WallScheduler {
    @discardableResult
    mutating func received(_ contactId: String, nextToken: String?, segmentCount: Int, at now: Duration) -> Bool {
        received(contactId, FetchedPage(VoicePage.make(nextToken: nextToken, segmentCount: segmentCount)), at: now)
    }
}
