import ContactLensModel

extension Scenario {
    /// The built-in demo: a customer disputes a double charge, asks to cancel, and is retained.
    /// About two and a half minutes, in Swift source so a copied binary still has it.
    package static var demo: Scenario { Scenario(contacts: [demoContact]) }

    static var demoContact: ScenarioContact {
        var call = DemoCall()
        call.agent("Thank you for calling Northwind Mobile, this is Sam. How can I help you today?", after: 400)
        call.customer(
            "Hi Sam. My name is Inés Álvarez. I've been charged twice for my March bill, €89.90 two times!",
            .negative, issues: ["charged twice"])
        call.agent("I'm sorry to hear that, Ms. Álvarez. Let me pull up your account. Can you confirm the phone number on it?")
        call.customer("It's 555 0142.")
        call.customer("And the email is ines.alvarez@example.com, if you need that too.", after: 300)
        call.agent("Thank you. One moment while I look at your billing history.")
        call.agent("I can see two payments of €89.90 on March 3rd. The automatic payment ran again after a retry.", after: 2_600)
        call.customer(
            "This is the second time this has happened. Honestly, I want to cancel my contract.",
            .negative, issues: ["second time this has happened", "cancel my contract"])
        call.customer(
            "And I want to speak to a supervisor if this isn't fixed today.", .negative, after: 300,
            issues: ["speak to a supervisor"])
        call.agent("I completely understand, and I'd be frustrated too. I can fix the duplicate charge myself, right now.")
        call.customer("You said that last time too.", .negative)
        call.agent("That's fair. This time I'll add a note to your account and send you a written confirmation.")
        call.customer("Fine. How long will the refund take?")
        call.agent("I'm issuing the refund of €89.90 now. It usually shows up in three to five business days.", .positive)
        call.agent("I'm also turning off the automatic retry on your card, so it can't charge you twice again.", after: 300)
        call.customer("Okay. That helps, I guess.")
        call.customer("But I'm still thinking about cancelling.", after: 400, issues: ["thinking about cancelling"])
        call.agent("You've been with us for six years, and I'd hate to lose you over our mistake. May I offer something?")
        call.customer("Go ahead.")
        call.agent(
            "I can give you one month free, and move you to the Plus plan at your current price, €29.90 a month.", .positive)
        call.customer("Oh, that's actually a good deal. How much is Plus normally?", .positive)
        call.agent("Normally €39.90, so you'd save ten euros every month for a year.", .positive)
        call.customer("And the Plus plan includes roaming, right?")
        call.agent("Yes, roaming in the EU and the UK is included.", .positive)
        call.customer("Then I'll stay. I'm visiting my sister in 東京 next month. Is Japan covered too?", .positive)
        call.agent("Japan is on the travel pass, €5 per day, and you only pay on the days you use data.")
        call.customer("Perfect, that works for me.", .positive)
        call.agent("Just to confirm: a refund of €89.90, one month free, and the Plus plan at €29.90 for twelve months.")
        call.customer("Yes, that's right.", .positive)
        call.agent("Wonderful. You'll get a confirmation email in the next few minutes.", .positive)
        call.customer("Thank you, Sam. You've been really helpful 🙂", .positive)
        call.agent("My pleasure, Ms. Álvarez. Is there anything else I can help you with?", .positive)
        call.customer("No, that's all. Bye!", .positive)
        call.agent("Have a lovely day. Goodbye!", .positive)

        // One Categories segment per match, as the service sends them while the call goes on.
        call.category("Billing dispute", turn: 1)
        call.category("Billing dispute", turn: 6)
        call.category("Cancellation", turn: 7)
        call.category("Escalation", turn: 8)
        call.category("Cancellation", turn: 16)
        call.category("Positive resolution", turn: 24)
        call.category("Positive resolution", turn: 30)
        call.summary(
            """
            The customer, Inés Álvarez, called about a duplicate charge of €89.90 on her March bill. She said it \
            was the second time, asked to cancel her contract and asked for a supervisor. The agent refunded the \
            duplicate payment (three to five business days), turned off automatic payment retries and added a note \
            to the account. To retain her, the agent offered one free month and the Plus plan at €29.90 a month \
            (normally €39.90) for twelve months, which the customer accepted. The agent also explained the €5 per \
            day travel pass for her trip to Japan. The customer decided to stay and thanked the agent.
            """)
        return ScenarioContact(instanceId: DemoIdentity.instanceId, contactId: DemoIdentity.contactId, segments: call.segments)
    }
}

/// Writes the demo call turn by turn: offsets follow from the text's length, issue offsets
/// from the phrases they mark, so the timing and code-point ranges are right by construction.
private struct DemoCall {
    var segments: [ScenarioSegment] = []
    private var turns: [Transcript] = []
    private var clock = 0

    mutating func agent(_ text: String, _ sentiment: Sentiment = .neutral, after gap: Int = 600, issues: [String] = []) {
        say("AGENT", participantId: "agent-sam-4f1d", text, sentiment, gap: gap, issues: issues)
    }

    mutating func customer(_ text: String, _ sentiment: Sentiment = .neutral, after gap: Int = 600, issues: [String] = []) {
        say("CUSTOMER", participantId: "customer-ines", text, sentiment, gap: gap, issues: issues)
    }

    private mutating func say(
        _ role: String, participantId: String, _ text: String, _ sentiment: Sentiment, gap: Int, issues: [String]
    ) {
        let scalars = Array(text.unicodeScalars)
        let begin = clock + gap
        let end = begin + max(1_200, scalars.count * 62)
        clock = end
        let detected = issues.map { phrase -> IssueDetected in
            let needle = Array(phrase.unicodeScalars)
            let start = (0...(scalars.count - needle.count)).first { Array(scalars[$0..<$0 + needle.count]) == needle }
            guard let start else { preconditionFailure("issue phrase not in the turn: \(phrase)") }
            return IssueDetected(start, start + needle.count)
        }
        let turn = Transcript(
            id: "c0ffee00-0000-4000-8000-\(String(turns.count + 1).leftPadded(to: 12))",
            participantId: participantId, participantRole: role, content: text,
            beginOffsetMillis: begin, endOffsetMillis: end, sentiment: sentiment,
            issuesDetected: detected.isEmpty ? nil : detected)
        turns.append(turn)
        segments.append(ScenarioSegment(.transcript(turn)))
    }

    /// A category matched on one turn (index in speaking order); released when that turn ends.
    mutating func category(_ name: String, turn index: Int) {
        let points = [
            PointOfInterest(
                beginOffsetMillis: turns[index].beginOffsetMillis,
                endOffsetMillis: turns[index].endOffsetMillis)
        ]
        let categories = Categories(
            matchedCategories: [name],
            matchedDetails: [name: CategoryDetails(pointsOfInterest: points)])
        segments.append(ScenarioSegment(.categories(categories)))
    }

    mutating func summary(_ content: String) {
        segments.append(ScenarioSegment(.postContactSummary(PostContactSummary(content: content, status: .completed))))
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
