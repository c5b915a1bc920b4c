import ContactLensModel
import Foundation
import TestSupport
import Testing

@testable import LensUI

/// The chat view as text snapshots: times of day, names beside roles, events, attachments,
/// issues, category tags; the extra roles' filters; hostile names.
@Suite struct ChatViewTests {
    static func time(_ second: Int) -> ChatTime {
        ChatTime(absoluteTime: "2026-01-31T09:15:\(second < 10 ? "0" : "")\(second).250Z")
    }

    static var segments: [Segment] {
        [
            .chat(
                .event(
                    ChatEvent(
                        id: "e1", participantRole: "CUSTOMER", displayName: "Inés",
                        eventType: "application/vnd.amazonaws.connect.event.participant.joined", time: time(0)))),
            .chat(
                .transcript(
                    ChatTranscript(
                        id: "m1", participantId: "bot", participantRole: "CUSTOM_BOT", displayName: "Assistant",
                        content: "Hi! What can I help you with?", time: time(3), sentiment: .neutral))),
            .chat(
                .transcript(
                    ChatTranscript(
                        id: "m2", participantId: "cust", participantRole: "CUSTOMER", displayName: "Inés",
                        content: "I was charged twice for March.", time: time(6), sentiment: .negative))),
            .chat(
                .issues(
                    ChatIssues(issuesDetected: [
                        ChatIssue(transcriptItems: [
                            ChatIssueItem(
                                content: "charged twice", id: "m2",
                                characterOffsets: CharacterOffsets(beginOffsetChar: 6, endOffsetChar: 19))
                        ])
                    ]))),
            .chat(
                .event(
                    ChatEvent(
                        id: "e2", participantId: "agent", participantRole: "AGENT", displayName: "Sam",
                        eventType: "application/vnd.amazonaws.connect.event.participant.joined", time: time(9)))),
            .chat(
                .attachments(
                    ChatAttachments(
                        id: "a1", participantId: "cust", participantRole: "CUSTOMER", displayName: "Inés",
                        attachments: [ChatAttachment(attachmentName: "receipt.pdf", attachmentId: "x", status: "APPROVED")],
                        time: time(12)))),
            .chat(
                .transcript(
                    ChatTranscript(
                        id: "m3", participantId: "agent", participantRole: "AGENT", displayName: "Sam\u{1B}[31m",
                        content: "I see it.\u{1B}]0;pwned\u{07} Refunding now.", time: time(15), sentiment: .positive))),
            .chat(
                .categories(
                    ChatCategories(matchedDetails: [
                        "Billing": ChatCategoryDetails(pointsOfInterest: [
                            ChatPointOfInterest(transcriptItems: [ChatTranscriptItem(id: "m2")])
                        ])
                    ]))),
        ]
    }

    static func state() -> AppState {
        var state = try! AppState(session: Fixtures.session, size: Size(width: 100, height: 20), now: Fixtures.start)
        state.timeZone = .utc
        _ = reduce(into: &state, Fixtures.page(segments))
        _ = reduce(into: &state, .engine(.status(.live(lastSuccess: Fixtures.start))))
        return state
    }

    @Test func chatView() {
        let state = Self.state()
        assertSnapshot(state.screen, named: "chat")
        let text = state.screen.snapshot
        #expect(text.contains("09:15:03 CUSTOM_BOT"))
        #expect(text.contains("Inés: I was charged twice"))
        #expect(text.contains("📎 Inés sent receipt.pdf (APPROVED)"))
        #expect(text.contains("[Billing]"))
        #expect(!text.contains("\u{1B}"))
        #expect(!text.contains("pwned\u{07}"))
    }

    @Test func theExtraRolesHaveFilters() {
        var state = Self.state()
        state.press(.char("o"))
        #expect(state.filter == .bot)
        assertSnapshot(state.screen, named: "chat-filtered-bot")
        state.press(.char("y"))
        #expect(state.filter == .system)
        state.press(.char("v"))
        #expect(state.filter == .supervisor)
        // Tab goes through the chat's six filters and back to everyone.
        state.press(.char("A"))
        var seen: [ParticipantFilter] = []
        for _ in 0..<6 {
            state.press(.tab)
            seen.append(state.filter)
        }
        #expect(seen == [.agent, .customer, .bot, .system, .supervisor, .all])
        state.press(.backTab)
        #expect(state.filter == .supervisor)
    }

    @Test func aCallStillCyclesThroughThree() {
        var state = Fixtures.state()
        state.press(.tab, .tab, .tab)
        #expect(state.filter == .all)
    }
}
