import ContactLensModel
import Testing

@testable import LensEngine

/// The machine is made for one API and keeps its last-page rule: the same page ends a call and
/// not a chat; a fetch to the end learns from it when the contact is still live.
@Suite struct PollerStateMachineChatTests {
    let config = PollerConfiguration(pollInterval: .seconds(1), maxRate: 1000, maxResults: 100)

    static func chatPage(_ next: String?, _ status: AnalysisStatus, segments: Int = 1) -> ListSegmentsResponse {
        var page = VoicePage.make(nextToken: next, segmentCount: segments)
        page.channel = "CHAT"
        page.status = status
        return page
    }

    @Test func aChatInProgressWithoutATokenIsAskedAgainFromTheSamePlace() {
        var machine = PollerStateMachine(api: .chat, configuration: config, seed: 1)
        _ = machine.start()
        #expect(machine.received(Self.chatPage("a", .inProgress), at: .zero) == .fetch(token: "a", after: .seconds(1)))
        #expect(machine.received(Self.chatPage(nil, .inProgress), at: .seconds(1)) == .fetch(token: "a", after: .seconds(1)))
        #expect(!machine.isDone)
        // COMPLETED with a page left: drained first.
        #expect(machine.received(Self.chatPage("b", .completed), at: .seconds(2)) == .fetch(token: "b", after: .seconds(1)))
        #expect(machine.received(Self.chatPage(nil, .completed), at: .seconds(3)) == .finish)
        #expect(machine.isDone)
    }

    @Test func aChatWhoseAnalysisFailedEndsToo() {
        var machine = PollerStateMachine(api: .chat, configuration: config, seed: 1)
        _ = machine.start()
        #expect(machine.received(Self.chatPage(nil, .failed), at: .zero) == .finish)
    }

    @Test func theSamePageWithoutATokenEndsACall() {
        var voice = PollerStateMachine(api: .voice, configuration: config, seed: 1)
        _ = voice.start()
        #expect(voice.received(Self.chatPage(nil, .inProgress), at: .zero) == .finish)
    }

    /// `--channel auto`: the router started on the voice API and the chat API answered; the
    /// machine for the chat API goes on from there, still knowing the service has answered.
    @Test func aSwitchOfAPIKeepsWhatTheServiceSaidAndTakesTheOtherRule() {
        var voice = PollerStateMachine(api: .voice, configuration: config, seed: 1)
        _ = voice.start()
        _ = voice.received(VoicePage.make(nextToken: "v", segmentCount: 0), at: .zero)
        var chat = PollerStateMachine(switching: voice, to: .chat)
        #expect(chat.api == .chat && chat.hasConnected)
        #expect(chat.received(Self.chatPage(nil, .inProgress), at: .seconds(1)) == .fetch(token: nil, after: .seconds(1)))
        #expect(!chat.isDone)
    }

    @Test func aFetchToTheEndHearsThatTheContactIsStillLive() {
        var chat = PollerStateMachine(api: .chat, configuration: config, seed: 1)
        _ = chat.received(Self.chatPage("a", .inProgress, segments: 0), at: .zero)
        #expect(chat.stillLive(afterQuietPages: 3) == nil, "more pages are waiting")
        _ = chat.received(Self.chatPage(nil, .inProgress), at: .zero)
        #expect(chat.stillLive(afterQuietPages: 3) == "the chat API says IN_PROGRESS")

        var call = PollerStateMachine(api: .voice, configuration: config, seed: 1)
        for n in 1...2 {
            _ = call.received(VoicePage.make(nextToken: "t\(n)", segmentCount: 0), at: .zero)
            #expect(call.stillLive(afterQuietPages: 3) == nil)
        }
        _ = call.received(VoicePage.make(nextToken: "t", segmentCount: 5), at: .zero)
        #expect(call.stillLive(afterQuietPages: 3) == nil, "segments start the count again")
        for n in 1...3 { _ = call.received(VoicePage.make(nextToken: "q\(n)", segmentCount: 0), at: .zero) }
        #expect(call.stillLive(afterQuietPages: 3) == "the API keeps sending NextToken with no new segments")
    }
}
