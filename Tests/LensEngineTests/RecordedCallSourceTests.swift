import ContactLensModel
import Foundation
import LensRecording
import Testing

@testable import LensEngine

/// A finished call given at once: each page's segments as it came, with its time, then the end.
@Suite struct RecordedCallSourceTests {
    @Test func aRecordedCallIsItsPagesSegmentsInOrderThenTheEnd() async {
        let pages = (0..<3).map { n in
            RecordedPage(
                receivedAt: Date(timeIntervalSince1970: Double(1_767_225_600 + n)), requestToken: n == 0 ? nil : "t\(n)",
                instanceId: "i", contactId: "c",
                response: ContactFetcherTests.page(n, next: n < 2 ? "t\(n + 1)" : nil))
        }
        var seen: [String] = []
        for await event in RecordedCallSource(pages: pages).events() {
            switch event {
            case .segments(let segments, let at):
                seen.append(
                    "\(segments.compactMap(\.transcript?.id).joined()) at \(Int(at.timeIntervalSince1970) - 1_767_225_600)")
            case .finished: seen.append("finished")
            case .status, .failed, .leg: seen.append("\(event)")
            }
        }
        #expect(seen == ["t0 at 0", "t1 at 1", "t2 at 2", "finished"])
    }
}
