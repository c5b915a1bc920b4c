import ContactLensModel
import Foundation
import Testing

@testable import LensUI

/// A contact opened from its post-contact analysis file: the side panel shows what only that
/// analysis tells, beside the transcript; a live contact's panel is as it was.
@Suite struct PostContactPanelTests {
    /// The model's own fixture, in the official examples' layout, played into a finished view.
    static func state(size: Size) throws -> AppState {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ContactLensModelTests/Fixtures/post-contact/voice-analysis.json")
        let analysis = try PostContactFile.read(Array(try Data(contentsOf: url)))
        var session = Fixtures.session
        session.postContact = analysis.insights
        var state = try AppState(session: session, size: size, now: Fixtures.start.addingTimeInterval(60))
        _ = reduce(into: &state, .engine(.segments(analysis.segments, receivedAt: Fixtures.start)))
        _ = reduce(into: &state, .engine(.finished))
        return state
    }

    @Test func theWidePanelTellsTheAnalysis() throws {
        let screen = try Self.state(size: Size(width: 110, height: 40)).screen
        let text = screen.snapshot
        #expect(text.contains("Post-contact analysis"))
        #expect(text.contains("AGENT    00:19 57% 172/min"))
        #expect(text.contains("CUSTOMER -5 -2.5 0 +2.5"))
        #expect(text.contains("00:26 I've refunded the"))
        #expect(text.contains("00:33 I'll also email you a"))
        #expect(text.contains("Non-talk 00:04 in 1") && text.contains("Interruptions 1, 1.8 s"))
        assertSnapshot(screen, named: "post-contact-wide")
    }

    @Test func theNarrowPanelBelowHoldsItToo() throws {
        let screen = try Self.state(size: Size(width: 70, height: 40)).screen
        #expect(screen.snapshot.contains("Loudness per turn"))
        assertSnapshot(screen, named: "post-contact-narrow")
    }

    @Test func aLiveContactsPanelHasNoneOfIt() {
        #expect(!Fixtures.state().screen.snapshot.contains("Post-contact"))
    }

    @Test func loudnessIsOneBarPerTurnScaledToItsAverage() throws {
        let state = try Self.state(size: Size(width: 110, height: 40))
        let lines = PostContactPanel.loudness(state, try #require(state.session.postContact), width: 30)
        let customer = try #require(lines.map(\.text).first { $0.hasPrefix(" CUSTOMER") })
        // Three customer turns with scores, averaging 82, 78 and 75: ▇ (≥ 75) each.
        #expect(customer.hasSuffix("▇▇▇"), "\(customer)")
    }
}
