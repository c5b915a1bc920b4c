import Foundation
import Testing

@testable import ContactLensModel

/// The chat API's page and the store's merge of chat segments.
@Suite struct ChatModelTests {
    static let page = """
        {"Channel":"CHAT","Status":"IN_PROGRESS","NextToken":"t1","Segments":[
         {"Transcript":{"Id":"m2","ParticipantId":"c","ParticipantRole":"CUSTOMER","DisplayName":"Inés","Content":"I can't log in","Time":{"AbsoluteTime":"2024-03-14T19:39:30.000Z"},"Sentiment":"NEGATIVE"}},
         {"Issues":{"IssuesDetected":[{"TranscriptItems":[{"Id":"m2","Content":"can't log in","CharacterOffsets":{"BeginOffsetChar":2,"EndOffsetChar":14}}]},{"TranscriptItems":[{"Id":"m9"}]}]}},
         {"Transcript":{"Id":"m1","ParticipantId":"a","ParticipantRole":"AGENT","Content":"Hello","Time":{"AbsoluteTime":"2024-03-14T19:39:26.715Z"}}},
         {"Categories":{"MatchedDetails":{"Login":{"PointsOfInterest":[{"TranscriptItems":[{"Id":"m2","CharacterOffsets":{"BeginOffsetChar":0,"EndOffsetChar":5}}]}]}}}},
         {"ExtractedInformation":{"x":1}}
        ]}
        """

    @Test func aChatPageIsToldByItsStatusAndReadInTheChatShapes() throws {
        let page = try ListSegmentsResponse.decode(json: Array(Self.page.utf8))
        #expect(page.isChat)
        #expect(page.status == .inProgress)
        #expect(page.channel == "CHAT")
        #expect(!page.isLast)
        #expect(page.segments.map(\.kind) == ["Transcript", "Issues", "Transcript", "Categories", "ExtractedInformation"])
        let voice = try ListSegmentsResponse.decode(json: Array(#"{"Segments":[]}"#.utf8))
        #expect(!voice.isChat && voice.isLast)
        // Encoded and read again: the same page.
        let again = try JSONDecoder().decode(ListSegmentsResponse.self, from: JSONEncoder().encode(page))
        #expect(again == page)
    }

    @Test func theStoreOrdersByTimeAndSetsIssuesAndCategoriesOnTheirItems() throws {
        let page = try ListSegmentsResponse.decode(json: Array(Self.page.utf8))
        var store = TranscriptStore()
        store.apply(page.segments)
        #expect(store.isChat)
        #expect(store.turns.map(\.id) == ["m1", "m2"])
        #expect(store.turns[1].issueTexts == ["can't log in"])
        #expect(store.categories.map(\.name) == ["Login"])
        #expect(store.categories[0].transcriptItemIds == ["m2"])
        #expect(store.unknownSegments.count == 1)
        // An issue for an item not yet here waits for it (whole message: no offsets given).
        let late = ChatTranscript(
            id: "m9", participantId: "c", participantRole: "CUSTOMER", content: "Still broken",
            time: ChatTime(absoluteTime: "2024-03-14T19:40:00Z"))
        let change = store.apply([.chat(.transcript(late))])
        #expect(change.turns.count == 1)
        #expect(store.turn(id: "m9")?.issueTexts == ["Still broken"])
        // Applying the page again changes nothing.
        #expect(store.apply(page.segments).isEmpty)
    }

    @Test func isoTimesAreRead() {
        #expect(ISOTime.epochMillis("2024-03-14T19:39:26.715Z") == 1_710_445_166_715)
        #expect(ISOTime.epochMillis("2024-03-14T19:39:26Z") == 1_710_445_166_000)
        #expect(ISOTime.epochMillis("2024-03-14T20:39:26.7+01:00") == 1_710_445_166_700)
        #expect(ISOTime.epochMillis("yesterday") == nil)
        #expect(ISOTime.epochMillis("2024-13-14T19:39:26Z") == nil)
        #expect(ISOTime.format(epochMillis: 1_710_445_166_715) == "2024-03-14T19:39:26.715Z")
        #expect(ChatClock.timeOfDay(millis: 1_710_445_166_715, timeZone: .utc) == "19:39:26")
    }

    @Test func eventTypesReadAsWords() {
        #expect(ChatText.describe(eventType: "application/vnd.amazonaws.connect.event.participant.left") == "participant left")
        #expect(ChatText.describe(eventType: "custom") == "custom")
    }
}

/// The fast reader of the chat API's pages answers as `JSONDecoder` does, whatever the order of
/// the page's members, and takes the fast path for the pages the service and emulator send.
@Suite struct ChatPageDecoderTests {
    static let segments =
        #"[{"Transcript":{"Id":"m1","ParticipantId":"p","ParticipantRole":"CUSTOMER","DisplayName":null,"Content":"Hi \u00e9","Time":{"AbsoluteTime":"2026-01-31T09:15:00.000Z"},"Redaction":{"CharacterOffsets":[{"BeginOffsetChar":0,"EndOffsetChar":2}]},"Sentiment":"NEGATIVE"}},"#
        + #"{"Event":{"Id":"e1","EventType":"application/vnd.amazonaws.connect.event.participant.left","Time":{}}},"#
        + #"{"Issues":{"IssuesDetected":[{"TranscriptItems":[{"Id":"m1","Content":"Hi","CharacterOffsets":{"BeginOffsetChar":0,"EndOffsetChar":2}}]}]}},"#
        + #"{"Categories":{"MatchedDetails":{"Angry":{"PointsOfInterest":[{"TranscriptItems":[{"Id":"m1"}]},{}]}}},"NewKind":{"x":[1]}},"#
        + #"{"Attachments":{"Id":"a1","ParticipantId":"p","ParticipantRole":"CUSTOMER","Attachments":[{"AttachmentName":"r.pdf","AttachmentId":"x","Status":"APPROVED"}],"Time":{"AbsoluteTime":"2026-01-31T09:16:00Z"}},"PostContactSummary":{"Status":"COMPLETED","Content":"ok"}}]"#

    /// Segments a call's reader would take as unknown kinds are read again as the chat's they are.
    @Test func aChatPageWhoseSegmentsComeFirstIsReadAgainInTheChatShapes() throws {
        let body = Array(
            (#"{"Segments":[{"Event":{"Id":"e1","EventType":"x","Time":{}}},{"Issues":{"IssuesDetected":[]}}],"#
                + #""Status":"IN_PROGRESS","Channel":"CHAT"}"#).utf8)
        let fast = try #require(PageDecoder.decode(body))
        #expect(fast == (try JSONDecoder().decode(ListSegmentsResponse.self, from: Data(body))))
        #expect(
            fast.segments == [
                .chat(.event(ChatEvent(id: "e1", eventType: "x", time: ChatTime(absoluteTime: nil)))),
                .chat(.issues(ChatIssues(issuesDetected: []))),
            ])
    }

    @Test(arguments: [
        (#"{"Channel":"CHAT","NextToken":"t","Segments":SEG,"Status":"IN_PROGRESS"}"#, true),
        (#"{"Status":"COMPLETED","Channel":"CHAT","Segments":SEG}"#, true),
        // Segments before the Status: read as a call's, refused, read again from its start as a chat's.
        (#"{"Segments":SEG,"Status":"COMPLETED","Channel":"CHAT"}"#, true),
        (#"{"Channel":"CHAT","Segments":SEG}"#, false),
        (#"{"Status":"COMPLETED","Segments":SEG}"#, false),
    ])
    func decodesAsJSONDecoder(template: String, fast: Bool) throws {
        let body = Array(template.replacingOccurrences(of: "SEG", with: Self.segments).utf8)
        let reference = Result { try JSONDecoder().decode(ListSegmentsResponse.self, from: Data(body)) }
        let decoded = Result { try ListSegmentsResponse.decode(json: body) }
        switch (reference, decoded) {
        case (.success(let a), .success(let b)): #expect(a == b)
        case (.failure(let a), .failure(let b)): #expect("\(a)" == "\(b)")
        default: Issue.record("JSONDecoder: \(reference), decode(json:): \(decoded)")
        }
        #expect((PageDecoder.decode(body) != nil) == fast, "the fast path is taken when the page has a Status and a Channel")
        if case .success(let page) = reference, page.isChat {
            #expect(page.segments.count == 7, "six kinds and the unknown one kept")
        }
    }
}
