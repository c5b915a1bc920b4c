import Foundation
import TestSupport
import Testing

@testable import ContactLensModel

/// Bodies the fast reader leaves to `JSONDecoder`, valid or not: `decode(json:)` must answer
/// exactly as `JSONDecoder` does. And random valid pages must come back as they were encoded.
@Suite struct PageDecoderEdgeCaseTests {
    static func both(_ body: [UInt8]) -> (
        fast: ListSegmentsResponse?, decoded: PageDecoderTests.Outcome,
        reference: PageDecoderTests.Outcome
    ) {
        func run(_ decode: () throws -> ListSegmentsResponse) -> PageDecoderTests.Outcome {
            do { return .page(try decode()) } catch { return .error(PageDecoderTests.describe(error)) }
        }
        return (
            PageDecoder.decode(body), run { try ListSegmentsResponse.decode(json: body) },
            run { try JSONDecoder().decode(ListSegmentsResponse.self, from: Data(body)) }
        )
    }

    static let turn =
        #"{"Transcript":{"Id":"a","ParticipantId":"p","ParticipantRole":"AGENT","Content":"c","BeginOffsetMillis":1,"EndOffsetMillis":2}}"#

    @Test(arguments: [
        // Valid for JSONDecoder, left to it: numbers it reads as integers, a member given twice
        // (it keeps the first), escaped names, a byte order mark, deep nesting, lax unused numbers.
        (
            #"{"Segments":[{"Transcript":{"Id":"a","ParticipantId":"p","ParticipantRole":"AGENT","Content":"c","BeginOffsetMillis":1.0,"EndOffsetMillis":2e3}}]}"#,
            true
        ),
        (#"{"Segments":[],"Segments":[\#(turn)]}"#, true),
        (
            #"{"Segments":[{"Transcript":{"Id":"a","Id":"b","ParticipantId":"p","ParticipantRole":"AGENT","Content":"c","BeginOffsetMillis":1,"EndOffsetMillis":2}}]}"#,
            true
        ),
        (#"{"Segments":[{"New":1,"New":2}]}"#, true),
        (#"{"\u0053egments":[\#(turn)]}"#, true),
        ("\u{FEFF}" + #"{"Segments":[]}"#, true),
        (#"{"Segments":[],"X":"# + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + "}", true),
        // JSONDecoder is lax where it reads nothing: odd numbers, raw controls, a trailing comma.
        (#"{"Segments":[],"X":01,"Y":1.,"Z":-}"#, true), ("{\"Segments\":[],\"X\":\"\t\"}", true), (#"{"Segments":[],}"#, true),
        // Not valid: JSONDecoder's errors.
        (#"{"Segments":[]} x"#, false), (#"{"Segments":[1,]}"#, false),
        (#"{"Segments":[\#(turn)"#, false), (#"{"Segments":[],"NextToken":"a"#, false),
        ("{\"Segments\":[],\"NextToken\":\"\t\"}", false),
        (#"{"Segments":[],"X":tru}"#, false), (#"{"Segments":[],"X":nul}"#, false), (#"{"Segments":[],"X":'a'}"#, false),
        (#"{"Segments":[],"X":"# + String(repeating: "[", count: 600) + String(repeating: "]", count: 600) + "}", false),
    ])
    func leftToJSONDecoder(json: String, valid: Bool) {
        let (fast, decoded, reference) = Self.both(Array(json.utf8))
        #expect(fast == nil)
        #expect(decoded == reference)
        if case .page = reference { #expect(valid) } else { #expect(!valid) }
    }

    /// A lone continuation byte, an encoded surrogate, a cut-off emoji, in the content (an error)
    /// or in an unused member (JSONDecoder does not look).
    @Test(arguments: [[0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF0, 0x9F, 0x98]] as [[UInt8]], [true, false])
    func invalidUTF8AnywhereFailsAsWithJSONDecoder(bad: [UInt8], inContent: Bool) {
        let ok = Array("ok".utf8)
        let body =
            Array(#"{"Segments":[{"Transcript":{"Id":"a","ParticipantId":"p","ParticipantRole":"AGENT","Content":""#.utf8)
            + (inContent ? bad : ok) + Array(#"","BeginOffsetMillis":1,"EndOffsetMillis":2,"X":""#.utf8)
            + (inContent ? ok : bad) + Array(#""}}]}"#.utf8)
        let (fast, decoded, reference) = Self.both(body)
        #expect(fast == nil)
        #expect(decoded == reference)
        if inContent, case .page = decoded { Issue.record("decoded invalid UTF-8") }
    }

    @Test(arguments: ["9223372036854775807", "-9223372036854775808", "-0", "0", "9223372036854775808", "-9223372036854775809"])
    func integersAtTheLimits(number: String) {
        let json =
            #"{"Segments":[{"Transcript":{"Id":"a","ParticipantId":"p","ParticipantRole":"AGENT","Content":"c","BeginOffsetMillis":"#
            + number + #","EndOffsetMillis":2}}]}"#
        let (fast, decoded, reference) = Self.both(Array(json.utf8))
        #expect(decoded == reference)
        if case .page(let page) = reference { #expect(fast == page) } else { #expect(fast == nil) }
    }

    /// Random pages with every shape and hostile text, encoded by JSONEncoder: read back unchanged.
    @Test func randomValidPagesComeBackAsEncoded() throws {
        var random = SeededGenerator(seed: 42)
        let alphabet: [String] = [
            "a", "Z", " ", "\"", "\\", "/", "\n", "\t", "\u{0}", "\u{1B}", "\u{7F}", "é", "😀", "\u{202E}", "\u{FFFF}", "中",
        ]
        func text() -> String {
            (0..<Int.random(in: 0...12, using: &random)).map { _ in alphabet.randomElement(using: &random)! }.joined()
        }
        func int() -> Int {
            [Int.min, Int.max, 0, -1, Int.random(in: -1_000_000...1_000_000, using: &random)].randomElement(using: &random)!
        }
        let encoder = JSONEncoder()
        for round in 0..<300 {
            let segments = (0..<Int.random(in: 0...8, using: &random)).map { _ -> Segment in
                switch Int.random(in: 0..<3, using: &random) {
                case 0:
                    return .transcript(
                        Transcript(
                            id: text(), participantId: text(), participantRole: text(), content: text(), beginOffsetMillis: int(),
                            endOffsetMillis: int(), sentiment: Bool.random(using: &random) ? Sentiment(rawValue: text()) : nil,
                            issuesDetected: Bool.random(using: &random)
                                ? (0..<Int.random(in: 0...3, using: &random)).map { _ in IssueDetected(int(), int()) } : nil))
                case 1:
                    let names = (0..<Int.random(in: 0...3, using: &random)).map { _ in text() }
                    return .categories(
                        Categories(
                            matchedCategories: names,
                            matchedDetails: Dictionary(
                                names.map {
                                    (
                                        $0,
                                        CategoryDetails(pointsOfInterest: [
                                            PointOfInterest(beginOffsetMillis: int(), endOffsetMillis: int())
                                        ])
                                    )
                                }
                            ) { first, _ in first }))
                default:
                    return .summary(
                        PostContactSummary(
                            content: Bool.random(using: &random) ? text() : nil, status: .init(rawValue: text()),
                            failureCode: Bool.random(using: &random) ? .init(rawValue: text()) : nil))
                }
            }
            let page = ListSegmentsResponse(segments: segments, nextToken: Bool.random(using: &random) ? text() : nil)
            let body = Array(try encoder.encode(page))
            #expect(PageDecoder.decode(body) == page ? true : false, "round \(round): \(String(decoding: body, as: UTF8.self))")
        }
    }
}
