import Foundation
import TestSupport
import Testing

@testable import ContactLensModel

/// `ListSegmentsResponse.decode(json:)`: the fast reader must give exactly what `JSONDecoder` gives,
/// and leave to `JSONDecoder` (so: its errors) everything it does not handle.
@Suite struct PageDecoderTests {
    /// A decoded page, or the error described as the client describes it.
    enum Outcome: Equatable {
        case page(ListSegmentsResponse)
        case error(String)
    }

    /// JSONDecoder's answer: the page, or the error described as the client describes it.
    static func reference(_ json: String) -> Outcome {
        do { return .page(try JSONDecoder().decode(ListSegmentsResponse.self, from: Data(json.utf8))) } catch {
            return .error(describe(error))
        }
    }

    static func viaDecode(_ json: String) -> Outcome {
        do { return .page(try ListSegmentsResponse.decode(json: Array(json.utf8))) } catch {
            return .error(describe(error))
        }
    }

    /// "keyNotFound Segments[0].Transcript.Id", like the client's "missing required field …".
    static func describe(_ error: any Error) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.reduce(into: "") { text, key in
                if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
            }
        }
        switch error as? DecodingError {
        case .keyNotFound(let key, let context)?: return "keyNotFound \(path(context.codingPath + [key]))"
        case .typeMismatch(_, let context)?: return "typeMismatch \(path(context.codingPath))"
        case .valueNotFound(_, let context)?: return "valueNotFound \(path(context.codingPath))"
        case .dataCorrupted(let context)?: return "dataCorrupted \(path(context.codingPath))"
        default: return "other \(error)"
        }
    }

    /// The fast reader's own answer (nil: left to JSONDecoder).
    static func fast(_ json: String) -> ListSegmentsResponse? { PageDecoder.decode(Array(json.utf8)) }

    @Test func readsEveryMemberOfEveryShapeByItsAPIName() throws {
        let json = """
            {"NextToken":"tok/+=","Segments":[
             {"Transcript":{"Id":"id-1","ParticipantId":"pid","ParticipantRole":"CUSTOMER","Content":"I was charged twice",
              "BeginOffsetMillis":-5,"EndOffsetMillis":9223372036854775807,"Sentiment":"NEGATIVE",
              "IssuesDetected":[{"CharacterOffsets":{"BeginOffsetChar":6,"EndOffsetChar":19}},
                                {"CharacterOffsets":{"EndOffsetChar":3,"BeginOffsetChar":1}}]}},
             {"Categories":{"MatchedCategories":["Billing","Churn"],"MatchedDetails":{
               "Billing":{"PointsOfInterest":[{"BeginOffsetMillis":10,"EndOffsetMillis":20}]},
               "Churn":{"PointsOfInterest":[]}}}},
             {"PostContactSummary":{"Content":"Refund issued.","Status":"FAILED","FailureCode":"QUOTA_EXCEEDED"}}
            ]}
            """
        let page = try #require(Self.fast(json))
        #expect(page.nextToken == "tok/+=")
        #expect(
            page.segments[0].transcript
                == Transcript(
                    id: "id-1", participantId: "pid", participantRole: "CUSTOMER", content: "I was charged twice",
                    beginOffsetMillis: -5, endOffsetMillis: .max, sentiment: .negative,
                    issuesDetected: [IssueDetected(6, 19), IssueDetected(1, 3)]))
        #expect(
            page.segments[1].categories
                == Categories(
                    matchedCategories: ["Billing", "Churn"],
                    matchedDetails: [
                        "Billing": CategoryDetails(pointsOfInterest: [PointOfInterest(beginOffsetMillis: 10, endOffsetMillis: 20)]
                        ),
                        "Churn": CategoryDetails(pointsOfInterest: []),
                    ]))
        #expect(
            page.segments[2].postContactSummary
                == PostContactSummary(
                    content: "Refund issued.", status: .failed, failureCode: .quotaExceeded))
        #expect(page.segments.allSatisfy { $0.unknownKinds.isEmpty })
        #expect(Outcome.page(page) == Self.reference(json))
    }

    @Test func optionalMembersMayBeAbsentOrNull() throws {
        let json = """
            {"Segments":[{"Transcript":{"Id":"a","ParticipantId":"p","ParticipantRole":"AGENT","Content":"",
              "BeginOffsetMillis":0,"EndOffsetMillis":0,"Sentiment":null,"IssuesDetected":null}},
              {"PostContactSummary":{"Status":"COMPLETED","Content":null,"FailureCode":null}},
              {"Transcript":null},{}],"NextToken":null}
            """
        let page = try #require(Self.fast(json))
        #expect(page.nextToken == nil)
        #expect(page.segments[0].transcript?.sentiment == nil && page.segments[0].transcript?.issuesDetected == nil)
        #expect(page.segments[1].postContactSummary == PostContactSummary(status: .completed))
        // A null member and an empty object hold no segment.
        #expect(page.segments.count == 2)
        #expect(Outcome.page(page) == Self.reference(json))
        #expect(try #require(Self.fast(#" {"Segments":[]} "#)) == ListSegmentsResponse(segments: []))
    }

    @Test func skipsUnknownMembersAndKeepsUnknownSegmentKinds() throws {
        let extra = #""New":{"a":[1,-2.5e+3,0.0,true,false,null,"x\"y\\u00e9",{"b":[]}],"c":{}}"#
        let json = """
            {\(extra),"Segments":[
             {"Transcript":{\(extra),"Id":"a","ParticipantId":"p","ParticipantRole":"AGENT","Content":"hi",
               "BeginOffsetMillis":1,"EndOffsetMillis":2,"IssuesDetected":[{\(extra),"CharacterOffsets":{\(extra),"BeginOffsetChar":0,"EndOffsetChar":1}}]}},
             {"ZetaKind":{"x":1},"ExtractedInformation":[1,2],"Categories":{\(extra),"MatchedCategories":[],"MatchedDetails":{"c":{\(extra),"PointsOfInterest":[{\(extra),"BeginOffsetMillis":1,"EndOffsetMillis":2}]}}}},
             {"PostContactSummary":{\(extra),"Status":"IN_PROGRESS","FailureCode":"SOMETHING_NEW"}}
            ],"Extra2":12}
            """
        let page = try #require(Self.fast(json))
        #expect(page.segments[0].transcript?.content == "hi")
        // An object with several members is one segment each: the model's kinds, then unknown ones by name.
        #expect(page.segments[1].categories?.matchedDetails["c"]?.pointsOfInterest.count == 1)
        #expect(page.segments[2].unknownKinds == ["ExtractedInformation"])
        #expect(page.segments[3].unknownKinds == ["ZetaKind"])
        #expect(page.segments[2] == .unknown("ExtractedInformation", json: "[1,2]"))
        #expect(page.segments[3] == .unknown("ZetaKind", json: #"{ "x" : 1 }"#), "the same value, whatever the spacing")
        let summary = try #require(page.segments[4].postContactSummary)
        #expect(summary.status.rawValue == "IN_PROGRESS" && !summary.status.isKnown)
        #expect(summary.failureCode?.rawValue == "SOMETHING_NEW")
        #expect(Outcome.page(page) == Self.reference(json))
    }

    @Test(arguments: [
        #""\"\\\/\b\f\n\r\t""#, #""caf\u00e9 \ud83d\ude00 \u0000 \u001b[2J""#, #""Zoë 😀 مرحبا""#,
        #""\u00""#, #""\x""#, #""\ud83d""#, #""\ude00\ud83d""#, #""\ud83d\u0041""#,
    ])
    func decodesStringsAsJSONDecoderDoes(content: String) throws {
        let json =
            #"{"Segments":[{"Transcript":{"Id":"a","ParticipantId":"p","ParticipantRole":"AGENT","Content":"#
            + content + #","BeginOffsetMillis":1,"EndOffsetMillis":2}}]}"#
        #expect(Self.viaDecode(json) == Self.reference(json))
        if case .page = Self.reference(json) { #expect(Self.fast(json) != nil) } else { #expect(Self.fast(json) == nil) }
    }

    static let transcript =
        #""Id":"a","ParticipantId":"p","ParticipantRole":"AGENT","Content":"c","BeginOffsetMillis":1,"EndOffsetMillis":2"#

    @Test(arguments: [
        ("Id", "keyNotFound Segments[0].Transcript.Id"),
        ("ParticipantId", "keyNotFound Segments[0].Transcript.ParticipantId"),
        ("ParticipantRole", "keyNotFound Segments[0].Transcript.ParticipantRole"),
        ("Content", "keyNotFound Segments[0].Transcript.Content"),
        ("BeginOffsetMillis", "keyNotFound Segments[0].Transcript.BeginOffsetMillis"),
        ("EndOffsetMillis", "keyNotFound Segments[0].Transcript.EndOffsetMillis"),
    ])
    func aMissingRequiredTranscriptMemberFailsThePage(member: String, expected: String) {
        let members = Self.transcript.split(separator: ",").filter { !$0.hasPrefix("\"\(member)\"") }.joined(separator: ",")
        let json = #"{"Segments":[{"Transcript":{"# + members + "}}]}"
        #expect(Self.fast(json) == nil)
        #expect(Self.viaDecode(json) == .error(expected))
        #expect(Self.viaDecode(json) == Self.reference(json))
    }

    @Test(arguments: [
        (#"{"NextToken":"x"}"#, "keyNotFound Segments"),
        (#"{"Segments":[{"Categories":{"MatchedDetails":{}}}]}"#, "keyNotFound Segments[0].Categories.MatchedCategories"),
        (#"{"Segments":[{"Categories":{"MatchedCategories":[]}}]}"#, "keyNotFound Segments[0].Categories.MatchedDetails"),
        (
            #"{"Segments":[{"Categories":{"MatchedCategories":[],"MatchedDetails":{"c":{}}}}]}"#,
            "keyNotFound Segments[0].Categories.MatchedDetails.c.PointsOfInterest"
        ),
        (
            #"{"Segments":[{"Categories":{"MatchedCategories":[],"MatchedDetails":{"c":{"PointsOfInterest":[{"BeginOffsetMillis":1}]}}}}]}"#,
            "keyNotFound Segments[0].Categories.MatchedDetails.c.PointsOfInterest[0].EndOffsetMillis"
        ),
        (#"{"Segments":[{"PostContactSummary":{"Content":"x"}}]}"#, "keyNotFound Segments[0].PostContactSummary.Status"),
        (
            #"{"Segments":[{"Transcript":{"# + transcript + #","IssuesDetected":[{}]}}]}"#,
            "keyNotFound Segments[0].Transcript.IssuesDetected[0].CharacterOffsets"
        ),
        (
            #"{"Segments":[{"Transcript":{"# + transcript + #","IssuesDetected":[{"CharacterOffsets":{"EndOffsetChar":1}}]}}]}"#,
            "keyNotFound Segments[0].Transcript.IssuesDetected[0].CharacterOffsets.BeginOffsetChar"
        ),
    ])
    func otherMissingRequiredMembersFailThePage(json: String, expected: String) {
        #expect(Self.fast(json) == nil)
        #expect(Self.viaDecode(json) == .error(expected))
    }

    @Test(arguments: [
        (#""BeginOffsetMillis":"1""#, "typeMismatch Segments[0].Transcript.BeginOffsetMillis"),
        (#""BeginOffsetMillis":true"#, "typeMismatch Segments[0].Transcript.BeginOffsetMillis"),
        // JSONDecoder reports a number that is no Int without a path (the client: "not valid JSON").
        (#""BeginOffsetMillis":1.5"#, "dataCorrupted "),
        (#""BeginOffsetMillis":99999999999999999999"#, "dataCorrupted "),
        (#""Id":7"#, "typeMismatch Segments[0].Transcript.Id"),
        (#""Id":null"#, "valueNotFound Segments[0].Transcript.Id"),
        (#""Content":["x"]"#, "typeMismatch Segments[0].Transcript.Content"),
        (#""Sentiment":1"#, "typeMismatch Segments[0].Transcript.Sentiment"),
        (#""IssuesDetected":{}"#, "typeMismatch Segments[0].Transcript.IssuesDetected"),
        (#""IssuesDetected":[null]"#, "valueNotFound Segments[0].Transcript.IssuesDetected[0]"),
    ])
    func aValueOfTheWrongTypeFailsThePage(member: String, expected: String) {
        let name = member.prefix { $0 != ":" }
        let members = Self.transcript.split(separator: ",").filter { !$0.hasPrefix(name) } + [Substring(member)]
        let json = #"{"Segments":[{"Transcript":{"# + members.joined(separator: ",") + "}}]}"
        #expect(Self.fast(json) == nil)
        #expect(Self.viaDecode(json) == .error(expected))
        #expect(Self.viaDecode(json) == Self.reference(json))
    }

    @Test(arguments: [
        #"{"Segments":{}}"#, #"{"Segments":null}"#, #"{"Segments":[1]}"#, #"{"Segments":[],"NextToken":5}"#,
        #"{"Segments":[{"Categories":{"MatchedCategories":[1],"MatchedDetails":{}}}]}"#,
        #"{"Segments":[{"PostContactSummary":{"Status":null}}]}"#, #"[]"#, #""x""#, "",
    ])
    func otherWrongShapesFailAsWithJSONDecoder(json: String) {
        #expect(Self.fast(json) == nil)
        guard case .error = Self.viaDecode(json) else {
            Issue.record("decoded \(json)")
            return
        }
        #expect(Self.viaDecode(json) == Self.reference(json))
    }
}
