import ContactLensModel

/// Calls made of values that are valid JSON and in range, but at the edges: offsets at Int's
/// limits or negative, empty and 100k-character turns, issue offsets anywhere, hostile names.
/// Seeded, so a case can be named and run again.
package struct ExtremeCalls: Sendable {
    private var random: SeededGenerator

    package init(seed: UInt64) { random = SeededGenerator(seed: seed) }

    static let offsets = [0, 1, -1, Int.min, Int.max, Int.max - 1, Int.max / 2, 1 << 53, 3_600_000, -3_600_000]
    static let contents = [
        "", " ", "x", String(repeating: "word ", count: 20_000), String(repeating: "🇫🇷", count: 5_000),
        "\u{1B}]0;owned\u{07}\u{202E}text", "e\u{301}\u{301}\u{301}", "I can't login.",
    ]
    static let names = ["", "AGENT", "CUSTOMER", "SYSTEM", String(repeating: "R", count: 300), "\u{1B}[31mred", "Ünïcødé"]

    /// The next call, as the segments of one page.
    package mutating func next() -> [Segment] {
        var segments: [Segment] = []
        for index in 0..<Int.random(in: 1...6, using: &random) {
            let begin = pick(Self.offsets)
            let end = pick(Self.offsets)
            let content = pick(Self.contents)
            let issues = (0..<Int.random(in: 0...3, using: &random)).map { _ in
                IssueDetected(pick(Self.offsets), pick(Self.offsets))
            }
            segments.append(
                .transcript(
                    Transcript(
                        id: "t\(index)", participantId: pick(Self.names), participantRole: pick(Self.names), content: content,
                        beginOffsetMillis: begin, endOffsetMillis: end, sentiment: Sentiment(rawValue: pick(Self.names)),
                        issuesDetected: issues)))
        }
        let name = pick(Self.names)
        let points = (0..<Int.random(in: 0...2, using: &random)).map { _ in
            PointOfInterest(beginOffsetMillis: pick(Self.offsets), endOffsetMillis: pick(Self.offsets))
        }
        segments.append(
            .categories(Categories(matchedCategories: [name], matchedDetails: [name: CategoryDetails(pointsOfInterest: points)])))
        segments.append(
            .postContactSummary(
                PostContactSummary(
                    content: pick(Self.contents), status: .init(rawValue: pick(Self.names)),
                    failureCode: .init(rawValue: pick(Self.names)))))
        segments.append(.unknown(kind: pick(Self.names), json: RawJSON(validated: Array("{\"a\":[1,2]}".utf8))))
        return segments
    }

    private mutating func pick<T>(_ values: [T]) -> T { values[Int.random(in: 0..<values.count, using: &random)] }
}
