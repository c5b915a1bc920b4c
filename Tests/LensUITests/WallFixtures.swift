import ContactLensModel
import Foundation

@testable import LensUI

/// A floor of three calls for the wall's tests: a calm one, a falling one, an escalating one.
enum WallFixtures {
    static let start = Fixtures.start

    static func info(_ n: Int, _ agent: String, _ queue: String, minutesAgo: Double) -> WallContactInfo {
        WallContactInfo(
            contactId: "contact-\(n)", agent: agent, queue: queue, connectedAt: start.addingTimeInterval(-minutesAgo * 60))
    }

    static let infos = [
        info(1, "priya.nair", "Support", minutesAgo: 9), info(2, "sam.okafor", "Billing", minutesAgo: 3),
        info(3, "marc.dubois", "Sales", minutesAgo: 5),
    ]

    static func customer(_ n: Int, _ text: String, _ s: Sentiment, at second: Int) -> Segment {
        .transcript(Fixtures.turn(n, "CUSTOMER", text, at: second, sentiment: s))
    }

    static func category(_ name: String) -> Segment {
        .categories(
            Categories(
                matchedCategories: [name],
                matchedDetails: [
                    name: CategoryDetails(pointsOfInterest: [PointOfInterest(beginOffsetMillis: 0, endOffsetMillis: 1)])
                ]))
    }

    static func page(_ id: String, _ segments: [Segment]) -> WallAppEvent { .engine(contactPage(id, segments)) }

    static func contactPage(_ id: String, _ segments: [Segment]) -> WallEvent {
        .contact(id, .segments(segments, receivedAt: start))
    }

    /// The floor with pages for every call; `--alert Escalation --alert-negative 3`.
    static func state(size: Size = Size(width: 160, height: 16)) -> (WallState, [WallEffect]) {
        var state = try! WallState(
            instanceId: "inst-1", scope: "queues Billing, Support, Sales · us-east-1",
            options: WallOptions(alertPatterns: ["Escalation"], alertNegative: 3), size: size, now: start)
        var effects: [WallEffect] = []
        effects += reduceWall(into: &state, .engine(.floor(infos)))
        effects += reduceWall(
            into: &state, .engine(.pace(WallPace(live: 3, rate: 1, refreshSeconds: 3, throttled: false))))
        effects += reduceWall(
            into: &state,
            page("contact-1", [customer(1, "The router works again, thank you!", .positive, at: 1), category("Technical issue")]))
        effects += reduceWall(
            into: &state,
            page(
                "contact-2",
                [
                    customer(2, "You charged me three times.", .neutral, at: 1),
                    customer(3, "Nobody fixed it.", .negative, at: 5),
                    customer(4, "I want my money back today.", .negative, at: 9),
                    customer(5, "Put me through to a supervisor.", .negative, at: 13),
                    category("Escalation"),
                ]))
        effects += reduceWall(
            into: &state,
            page(
                "contact-3",
                [
                    customer(6, "I'd like the Plus plan.", .positive, at: 1),
                    customer(7, "Your competitor is cheaper though.", .negative, at: 5),
                ]))
        effects += reduceWall(into: &state, .tick(start.addingTimeInterval(2)))
        return (state, effects)
    }
}

extension WallState {
    @discardableResult
    mutating func press(_ keys: Key...) -> [WallEffect] {
        var last: [WallEffect] = []
        for key in keys { last = reduceWall(into: &self, .key(key)) }
        return last
    }

    var screen: Screen { renderWall(self, size: size) }
}

/// The wall as the terminal program runs it: the wall's screen, and a call opened over it.
extension ScreenStack where Message == WallMessage, Request == WallRequest {
    /// The wall's state, under whatever is open.
    var wall: WallState { (screens[0] as! WallScreen).state }

    /// The call opened over the wall, if one is.
    var opened: WallCallScreen? { top as? WallCallScreen }

    @discardableResult
    mutating func press(_ keys: Key...) -> [Effect] {
        var last: [Effect] = []
        for key in keys { last = reduce(.key(key)) }
        return last
    }

    mutating func send(_ events: WallEvent...) { _ = reduce(.messages(events.map(WallMessage.engine))) }

    var screen: Screen {
        mutating get { render(size: wall.size) }
    }
}
