import ContactLensModel
import LensSimulator
import TestSupport

/// A call whose every text field is hostile: all C0 and C1 controls, ESC/CSI/OSC/DCS sequences
/// (a title change among them), bidi overrides, zero-width joiners, a 16 KB line and issue
/// offsets outside the text.
enum HostileCall {
    static let instanceId = "dead0000-0000-4000-8000-000000000001"
    static let contactId = "dead0000-0000-4000-8000-000000000002"
    /// What the OSC sequences in the call would set the window or pane title to.
    static let titleBait = "PWNED-TITLE"

    static let contents: [String] = {
        let c0 = String(String.UnicodeScalarView((0x00..<0x20).compactMap(Unicode.Scalar.init)))
        let c1 = String(String.UnicodeScalarView((0x7F...0x9F).compactMap(Unicode.Scalar.init)))
        return [
            "long " + String(repeating: "0123456789abcdef", count: 1024),
            "all C0 [\(c0)] end",
            "all C1 [\(c1)] end",
            "colour \u{1B}[31mred\u{1B}[0m and clear \u{1B}[2J\u{1B}[H home",
            "title \u{1B}]0;\(titleBait)\u{07} bel and \u{1B}]2;\(titleBait)\u{1B}\\ st",
            "8-bit \u{9B}2J csi and \u{9D}0;\(titleBait)\u{9C} osc",
            "dcs \u{1B}P1$t\(titleBait)\u{1B}\\ and apc \u{1B}_hidden\u{1B}\\ end",
            "bidi \u{202E}txet desrever\u{202C} and \u{2066}isolate\u{2069} and \u{200F}rlm",
            "joiners 👩\u{200D}💻 and zero\u{200B}width\u{FEFF}",
        ]
    }()

    static var scenario: Scenario {
        var segments: [ScenarioSegment] = []
        for (index, content) in contents.enumerated() {
            var turn = Transcript(
                id: "hostile-\(index)", participantId: "P\u{1B}[2J",
                participantRole: index.isMultiple(of: 2) ? "AGENT" : "CUSTOMER\u{1B}]0;\(titleBait)\u{07}",
                content: content, beginOffsetMillis: index * 1000, endOffsetMillis: index * 1000 + 900,
                sentiment: index == 3 ? Sentiment(rawValue: "\u{1B}[5mBLINK\u{9B}0m") : .neutral)
            turn.issuesDetected = [IssueDetected(-5, 3), IssueDetected(10, 1_000_000), IssueDetected(50, 20)]
            segments.append(ScenarioSegment(.transcript(turn)))
        }
        let name = "Escal\u{1B}]0;\(titleBait)\u{07}ation\u{202E}"
        segments.append(
            ScenarioSegment(
                .categories(
                    Categories(
                        matchedCategories: [name],
                        matchedDetails: [
                            name: CategoryDetails(pointsOfInterest: [
                                PointOfInterest(beginOffsetMillis: 1000, endOffsetMillis: 2000)
                            ])
                        ]))))
        segments.append(
            ScenarioSegment(
                .summary(PostContactSummary(content: "Summary \u{1B}]0;\(titleBait)\u{07}\u{9B}31m done", status: .completed))))
        return Scenario(contacts: [ScenarioContact(instanceId: instanceId, contactId: contactId, segments: segments)])
    }
}
