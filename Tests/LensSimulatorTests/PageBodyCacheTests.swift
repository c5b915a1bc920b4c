import ContactLensModel
import Foundation
import TestSupport
import Testing

@testable import LensSimulator

/// The emulator assembles page bodies from each segment's JSON, encoded once: the body must be
/// the page `JSONEncoder` would write (the same value, any member order), request after request.
@Suite struct PageBodyCacheTests {
    static let timeline: [TimedSegment] = (0..<7).map { index in
        let segment: Segment =
            switch index % 3 {
            case 0:
                .transcript(
                    Transcript(
                        id: "t\(index)", participantId: "AGENT", participantRole: "AGENT",
                        content: "say \"\(index)\" / \\ \u{1B}é😀", beginOffsetMillis: index * 1_000,
                        endOffsetMillis: index * 1_000 + 900, sentiment: .neutral, issuesDetected: [IssueDetected(0, 3)]))
            case 1:
                .categories(
                    Categories(
                        matchedCategories: ["Billing"],
                        matchedDetails: [
                            "Billing": CategoryDetails(pointsOfInterest: [
                                PointOfInterest(beginOffsetMillis: 1, endOffsetMillis: 2)
                            ])
                        ]))
            default: .summary(PostContactSummary(content: "done", status: .completed))
            }
        return TimedSegment(releaseAtMillis: index * 1_000, fileIndex: index, segment: segment)
    }

    @Test(arguments: [
        ([0..<0, 0..<7], nil as String?), ([5..<7, 0..<0], "tok.AAAA"), ([1..<3, 3..<5], "a\"b\\c/d"), ([0..<0, 7..<7], nil),
    ])
    func bodiesAreTheEncodedPage(positions: [Range<Int>], nextToken: String?) throws {
        var cache = PageBodyCache(timelineCounts: [Self.timeline.count])
        let expected = ListSegmentsResponse(segments: positions.joined().map { Self.timeline[$0].segment }, nextToken: nextToken)
        let first = cache.body(contact: 0, timeline: Self.timeline, positions: positions, nextToken: nextToken)
        let again = cache.body(contact: 0, timeline: Self.timeline, positions: positions, nextToken: nextToken)
        #expect(try JSONDecoder().decode(ListSegmentsResponse.self, from: Data(first)) == expected)
        #expect(again == first, "cached segments give the same bytes")
        #expect(try JSONSerialization.jsonObject(with: Data(first)) is [String: Any])
    }
}
