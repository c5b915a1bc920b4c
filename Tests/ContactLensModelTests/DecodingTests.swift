import Foundation
import TestSupport
import Testing

@testable import ContactLensModel

@Suite struct DecodingTests {
    let page = """
        {"Segments":[
          {"Transcript":{"Id":"t1","ParticipantId":"AGENT","ParticipantRole":"AGENT","Content":"Hello Zoë, how can I help?",
            "BeginOffsetMillis":0,"EndOffsetMillis":1800,"Sentiment":"NEUTRAL"}},
          {"Transcript":{"Id":"t2","ParticipantId":"CUSTOMER","ParticipantRole":"CUSTOMER","Content":"I was charged twice!",
            "BeginOffsetMillis":2000,"EndOffsetMillis":4100,"Sentiment":"MIXED",
            "IssuesDetected":[{"CharacterOffsets":{"BeginOffsetChar":6,"EndOffsetChar":19}}]}},
          {"Categories":{"MatchedCategories":["Billing"],"MatchedDetails":{"Billing":{"PointsOfInterest":[{"BeginOffsetMillis":2000,"EndOffsetMillis":4100}]}}}},
          {"ExtractedInformation":{"Something":"new"}},
          {"PostContactSummary":{"Status":"COMPLETED","Content":"Refund issued."}}
        ],"NextToken":"abc"}
        """

    @Test func decodesEveryKnownShapeAndKeepsUnknownKinds() throws {
        let response = try JSONDecoder().decode(ListSegmentsResponse.self, from: Data(page.utf8))
        #expect(response.nextToken == "abc")
        #expect(response.segments.count == 5)
        let agent = try #require(response.segments[0].transcript)
        #expect(agent.content == "Hello Zoë, how can I help?")
        #expect(agent.sentiment == .neutral)
        let customer = try #require(response.segments[1].transcript)
        #expect(customer.sentiment?.rawValue == "MIXED")
        #expect(customer.sentiment?.isKnown == false)
        #expect(customer.issueTexts == ["charged twice"])
        #expect(response.segments[2].categories?.matchedDetails["Billing"]?.pointsOfInterest.count == 1)
        #expect(response.segments[3].unknownKinds == ["ExtractedInformation"])
        #expect(response.segments[4].postContactSummary?.status == .completed)
    }

    @Test func missingRequiredFieldFailsThePage() {
        let broken = #"{"Segments":[{"Transcript":{"Id":"t1","Content":"hi","BeginOffsetMillis":0,"EndOffsetMillis":1}}]}"#
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(ListSegmentsResponse.self, from: Data(broken.utf8))
        }
    }

    @Test func encodesWithTheAPIsFieldNames() throws {
        let request = ListSegmentsRequest(instanceId: "i", contactId: "c", maxResults: 100, nextToken: nil)
        let json = try #require(String(data: JSONEncoder().encode(request), encoding: .utf8))
        #expect(json.contains(#""InstanceId":"i""#))
        #expect(json.contains(#""MaxResults":100"#))
        #expect(!json.contains("NextToken"))
        let segment = Segment.transcript(
            Transcript(
                id: "x", participantId: "AGENT", participantRole: "AGENT",
                content: "hi", beginOffsetMillis: 1, endOffsetMillis: 2))
        let encoded = try #require(String(data: JSONEncoder().encode(segment), encoding: .utf8))
        #expect(encoded.hasPrefix(#"{"Transcript":{"#))
    }
}

@Suite struct RequestValidationTests {
    @Test(arguments: [
        (ListSegmentsRequest(instanceId: "", contactId: "c"), "InstanceId must be 1 to 256"),
        (ListSegmentsRequest(instanceId: "   ", contactId: "c"), "InstanceId must not be blank"),
        (ListSegmentsRequest(instanceId: "i", contactId: String(repeating: "x", count: 257)), "ContactId must be 1 to 256"),
        (ListSegmentsRequest(instanceId: "i", contactId: "c", maxResults: 0), "MaxResults must be between 1 and 100"),
        (ListSegmentsRequest(instanceId: "i", contactId: "c", maxResults: 101), "MaxResults must be between 1 and 100"),
        (ListSegmentsRequest(instanceId: "i", contactId: "c", nextToken: ""), "NextToken must be 1 to 131070"),
    ])
    func rejectsWhatTheModelForbids(request: ListSegmentsRequest, message: String) {
        #expect {
            try request.validate()
        } throws: { error in
            (error as? RequestValidationError)?.message.hasPrefix(message) == true
        }
    }

    @Test func acceptsTheLimits() throws {
        try ListSegmentsRequest(instanceId: String(repeating: "é", count: 256), contactId: "c", maxResults: 1).validate()
        try ListSegmentsRequest(
            instanceId: "i", contactId: "c", maxResults: 100,
            nextToken: String(repeating: "t", count: 131_070)
        ).validate()
    }
}
