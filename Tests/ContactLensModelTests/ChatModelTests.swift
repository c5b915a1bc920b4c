import ContactLensModel
import Foundation
import Testing

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
        #expect(ChatClock.timeOfDay(millis: 1_710_445_166_715, timeZone: TimeZone(identifier: "UTC")!) == "19:39:26")
    }

    @Test func eventTypesReadAsWords() {
        #expect(ChatText.describe(eventType: "application/vnd.amazonaws.connect.event.participant.left") == "participant left")
        #expect(ChatText.describe(eventType: "custom") == "custom")
    }
}
