import ContactLensModel
import Testing

@testable import LensUI

/// `s` pressed before the summary arrives hides it; when it arrives the status line says it is
/// there and hidden, so it is not lost without a word.
@Suite struct HiddenSummaryTests {
    static let summary = Segment.summary(PostContactSummary(content: "Booked a technician for tomorrow.", status: .completed))

    func text(_ state: AppState) -> String { state.screen.lines.joined(separator: "\n") }

    @Test func aSummaryThatArrivesHiddenIsSaidOnTheStatusLine() {
        var state = Fixtures.state()
        state.press(.char("s"))
        #expect(!text(state).contains("summary hidden"), "nothing to say before it arrives")
        _ = reduce(into: &state, Fixtures.page([Self.summary]))
        _ = reduce(into: &state, .engine(.finished))
        #expect(!text(state).contains("Booked a technician"))
        let status = state.screen.lines[state.size.height - 2]
        #expect(status.contains("summary hidden · s shows it"), "\(status)")
        state.press(.char("j"))
        #expect(text(state).contains("summary hidden"), "a key that is not s leaves the hint")
        state.press(.char("s"))
        #expect(text(state).contains("Booked a technician"))
        #expect(!text(state).contains("summary hidden"))
    }

    @Test func hidingASummaryAlreadyShownSaysNothing() {
        var state = Fixtures.state()
        _ = reduce(into: &state, Fixtures.page([Self.summary]))
        state.press(.char("s"))
        #expect(!text(state).contains("Booked a technician"))
        #expect(!text(state).contains("summary hidden"), "the user saw it and hid it")
    }
}
