import ContactLensModel

/// The eight calls of the wall demo: who says what, in which mood.
enum WallScripts {
    struct Line {
        var role: String
        var text: String
        var sentiment: Sentiment
        var gap: Int
    }

    struct Script {
        var queue: String
        var startsAt: Int
        var lines: [Line]
        var categories: [(String, Int)]
    }

    static let agents: [ScenarioFloor.Agent] = [
        ("u-sam", "sam.okafor", "rp-front-0001"), ("u-priya", "priya.nair", "rp-front-0001"),
        ("u-lena", "lena.vogel", "rp-front-0001"), ("u-tom", "tom.reyes", "rp-front-0001"),
        ("u-aiko", "aiko.sato", "rp-front-0001"), ("u-marc", "marc.dubois", "rp-sales-0002"),
        ("u-nia", "nia.james", "rp-sales-0002"), ("u-omar", "omar.haddad", "rp-sales-0002"),
    ].map { ScenarioFloor.Agent(id: $0.0, username: $0.1, routingProfileId: $0.2, hierarchyGroupIds: ["hg-floor-1"]) }

    /// The retention agent who takes the escalating call when Sam transfers it.
    static let retentionAgent = ScenarioFloor.Agent(
        id: "u-frank", username: "frank.moreau", routingProfileId: "rp-retention-0003", hierarchyGroupIds: ["hg-floor-1"])

    /// The escalating call's second leg, on the Retention queue.
    static let retention = Script(
        queue: "q-retention-0004", startsAt: 0,
        lines: [
            a("Retention, Frank speaking. I hear you'd like to cancel?"),
            c("Yes. Three charges in one month, I'm done.", .negative),
            a("I'm sorry. The refunds are on their way, and I can take half off your next three months."),
            c("Half price for three months? In writing?"),
            a("It's in your email now, with the refund confirmation."),
            c("Alright. I'll stay for now.", .positive),
            a("Thank you for staying with us."),
        ],
        categories: [("Cancellation", 1), ("Retention", 5)])

    /// The agent of the wall demo's chat.
    static let chatAgent = ScenarioFloor.Agent(
        id: "u-ana", username: "ana.lima", routingProfileId: "rp-front-0001", hierarchyGroupIds: ["hg-floor-1"])

    static func a(_ text: String, _ s: Sentiment = .neutral, gap: Int = 700) -> Line {
        Line(role: "AGENT", text: text, sentiment: s, gap: gap)
    }
    static func c(_ text: String, _ s: Sentiment = .neutral, gap: Int = 700) -> Line {
        Line(role: "CUSTOMER", text: text, sentiment: s, gap: gap)
    }

    /// A long stretch of ordinary conversation, so calls overlap for minutes.
    static func chatter(_ topic: String, _ mood: Sentiment, count: Int) -> [Line] {
        (0..<count).flatMap { i in
            [
                a("Let me check the \(topic) details for you, one moment please (step \(i + 1))."),
                c("Sure, I can wait. The \(topic) has been on my mind all week.", mood, gap: 1_200),
            ]
        }
    }

    static let all: [Script] = [
        // The escalating call: negative turns in a row, then Escalation.
        Script(
            queue: "q-billing-0001", startsAt: 0,
            lines: [
                a("Northwind Mobile billing, this is Sam. How can I help?"),
                c("You charged me three times this month. Three times!", .negative),
                a("I'm sorry about that. Let me look at your account."),
                c("I've called twice already and nobody fixed it.", .negative),
                c("This is ridiculous, I want my money back today.", .negative, gap: 400),
                a("I understand. I can see the three payments here."),
                c("Then refund them. Now. Or I'm cancelling everything.", .negative),
                c("And put me through to a supervisor.", .negative, gap: 500),
            ] + chatter("refund", .negative, count: 10)
                + [
                    a("I've refunded both extra payments."), c("I still want to cancel my contract.", .negative),
                    a("I'll put you through to our retention team, one moment."),
                ],
            categories: [("Billing dispute", 1), ("Cancellation", 6), ("Escalation", 7)]),
        Script(
            queue: "q-support-0002", startsAt: 2_000,
            lines: [a("Support, Priya speaking."), c("Hi! My router keeps dropping the connection at night.")]
                + chatter("router", .neutral, count: 14) + [
                    a("The firmware update should fix it."), c("Great, thanks!", .positive),
                ],
            categories: [("Technical issue", 1)]),
        Script(
            queue: "q-billing-0001", startsAt: 4_000,
            lines: [a("Billing, Lena here."), c("I just want to change my payment date.")]
                + chatter("payment date", .positive, count: 10) + [a("Done, it's now the 15th."), c("Perfect.", .positive)],
            categories: []),
        Script(
            queue: "q-support-0002", startsAt: 6_000,
            lines: [a("Support, this is Tom."), c("My phone shows no signal since this morning.", .negative)]
                + chatter("signal", .neutral, count: 16) + [a("A mast is under repair nearby."), c("Okay, I see.")],
            categories: [("Technical issue", 1), ("Network outage", 3)]),
        Script(
            queue: "q-billing-0001", startsAt: 8_000,
            lines: [a("Billing, Aiko speaking."), c("There's a roaming charge I don't understand.", .negative)]
                + chatter("roaming charge", .neutral, count: 12) + [
                    a("I've removed the charge."), c("Thank you so much!", .positive),
                ],
            categories: [("Billing dispute", 1), ("Positive resolution", 26)]),
        Script(
            queue: "q-sales-0003", startsAt: 10_000,
            lines: [a("Sales, Marc speaking."), c("I'd like to upgrade to the Plus plan.", .positive)]
                + chatter("upgrade", .positive, count: 9) + [a("You're all set on Plus."), c("Brilliant.", .positive)],
            categories: [("Upsell", 1)]),
        Script(
            queue: "q-sales-0003", startsAt: 12_000,
            lines: [a("Sales, this is Nia."), c("How much is a second line for my son?")]
                + chatter("second line", .neutral, count: 15) + [a("That's €9.90 a month."), c("Let me think about it.")],
            categories: []),
        Script(
            queue: "q-sales-0003", startsAt: 14_000,
            lines: [a("Sales, Omar here."), c("Your competitor offered me a better price.", .negative)]
                + chatter("offer", .neutral, count: 11) + [a("I can match that price."), c("Then I'll stay.", .positive)],
            categories: [("Competitor mention", 1), ("Retention", 3)]),
    ]
}
