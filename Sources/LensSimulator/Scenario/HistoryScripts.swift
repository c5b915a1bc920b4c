import ContactLensModel

/// What was said in the history scenario's contacts: a few topics a telecom's contact centre
/// hears all day, some about refunds and cancellations (what a supervisor searches for).
enum HistoryScripts {
    typealias Line = WallScripts.Line

    static func a(_ text: String, _ s: Sentiment = .neutral, gap: Int = 700) -> Line { WallScripts.a(text, s, gap: gap) }
    /// A negative `gap` starts the line before the one before ends: the customer cuts in.
    static func c(_ text: String, _ s: Sentiment = .neutral, gap: Int = 900) -> Line { WallScripts.c(text, s, gap: gap) }

    enum Topic: CaseIterable {
        case doubleCharge, cancelContract, router, roaming, upgrade, simActivation, paymentDate, lostPhone
        case secondLine, deviceRefund, moving, porting, retentionOffer, billingQuestion
    }

    static func lines(_ topic: Topic) -> [Line] {
        switch topic {
        case .doubleCharge:
            [
                a("Northwind billing, how can I help?"), c("I was charged twice for my bill this month.", .negative),
                a("I'm sorry about that. I can see both payments."), c("I want a refund for the second one.", .negative),
                a("I've issued the refund; it takes three to five days."), c("Okay, thank you.", .positive),
            ]
        case .cancelContract:
            [
                a("Northwind, how can I help?"), c("I want to cancel my contract. The service is too slow.", .negative),
                a("I'm sorry to hear that. May I ask how long it has been slow?"),
                c("Weeks. I'm done with it.", .negative, gap: -1_400),
                a("I'll pass you to our retention team, they handle cancellations."),
            ]
        case .retentionOffer:
            [
                a("Retention, how can I help you today?"), c("I asked to cancel my contract.", .negative),
                a("I understand. I can offer you a faster plan at the same price."),
                c("The same price? Then I'll keep it.", .positive),
                a("Done. You'll see the new speed tomorrow."),
            ]
        case .router:
            [
                a("Support, how can I help?"), c("My router keeps dropping the connection at night."),
                a("Let me run a line test. One moment."), a("I've pushed a firmware update to your router.", gap: 9_000),
                c("Great, thanks!", .positive),
            ]
        case .roaming:
            [
                a("Billing, how can I help?"), c("There's a roaming charge on my bill I don't understand.", .negative),
                a("That's from your trip last week. It was outside your bundle."),
                c("Nobody told me. Can you remove it?", .negative, gap: -900),
                a("As a one-off, I've removed it."), c("Thank you so much!", .positive),
            ]
        case .upgrade:
            [
                a("Sales, how can I help?"), c("I'd like to upgrade to the Plus plan.", .positive),
                a("Good choice. It starts on your next billing day."), c("Brilliant.", .positive),
            ]
        case .simActivation:
            [
                a("Support here."), c("My new SIM card says no service."), a("I'll activate it now. Please restart the phone."),
                c("It works now.", .positive),
            ]
        case .paymentDate:
            [
                a("Billing, how can I help?"), c("I'd like to change my payment date to the 15th."),
                a("Done, from next month it's the 15th."), c("Perfect.", .positive),
            ]
        case .lostPhone:
            [
                a("Support, how can I help?"), c("I lost my phone on the train. Please block the SIM.", .negative),
                a("I've blocked it. A new SIM is on its way.", gap: 4_000), c("Thank you.", .positive),
            ]
        case .secondLine:
            [
                a("Sales, how can I help?"), c("How much is a second line for my daughter?"), a("That's €9.90 a month."),
                c("Let me think about it."),
            ]
        case .deviceRefund:
            [
                a("Billing, how can I help?"),
                c("I returned the headphones two weeks ago and I'm still waiting for a refund.", .negative),
                a("I see the return arrived. I've released the refund now."), c("Finally. Thanks.", .neutral),
            ]
        case .moving:
            [
                a("Support, how can I help?"), c("I'm moving house next month. Can I take my broadband with me?"),
                a("Yes, I've booked the move for the 3rd."), c("Great.", .positive),
            ]
        case .porting:
            [
                a("Sales, how can I help?"), c("I want to bring my number from another network."),
                a("I'll need your porting code."), c("Here it is: four, seven, one, nine."),
                a("Your number moves over on Friday."),
            ]
        case .billingQuestion:
            [
                a("Billing, how can I help?"), c("Why is my bill higher this month?"),
                a("Your discount ended last month. I can add a new one."), c("Please do.", .positive),
            ]
        }
    }

    /// The categories Contact Lens would match, by turn.
    static func categories(_ topic: Topic) -> [(String, Int)] {
        switch topic {
        case .doubleCharge: [("Billing dispute", 1), ("Refund", 3)]
        case .deviceRefund: [("Refund", 1)]
        case .cancelContract: [("Cancellation", 1)]
        case .retentionOffer: [("Cancellation", 1), ("Retention", 3)]
        case .roaming: [("Billing dispute", 1)]
        case .router, .simActivation, .lostPhone: [("Technical issue", 1)]
        case .upgrade, .secondLine, .porting: [("Upsell", 1)]
        case .paymentDate, .moving, .billingQuestion: []
        }
    }
}
