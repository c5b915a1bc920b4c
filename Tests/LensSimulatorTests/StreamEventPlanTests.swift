import ContactLensModel
import Foundation
import LensSimulator
import Testing

/// `simulate --to-kinesis`'s plan: each contact STARTED … COMPLETED, partial pieces of every
/// turn before its transcript, copies with ids of their own.
struct StreamEventPlanTests {
    @Test func everyTurnIsHeardInPiecesBeforeItsTranscript() throws {
        let plan = StreamEventPlan(scenario: .demo)
        let events = plan.items.map(\.event)
        #expect(events.first?.eventType == .started)
        #expect(events.last?.eventType == .completed)
        #expect(events.dropFirst().dropLast().allSatisfy { $0.eventType == .segments && $0.segments.count == 1 })
        var store = TranscriptStore()
        var seenFinal = Set<String>()
        for event in events {
            for segment in event.segments {
                switch segment {
                case .utterance(let piece):
                    #expect(!seenFinal.contains(piece.transcriptId ?? ""), "a piece after its final turn")
                case .transcript(let turn):
                    let provisional = store.provisionalTurns.first { $0.transcriptId == turn.id }
                    if let provisional { #expect(turn.content.hasPrefix(provisional.content)) }
                    seenFinal.insert(turn.id)
                case .categories, .postContactSummary, .unknown, .chat: break
                }
            }
            store.apply(event.segments)
        }
        #expect(store.provisionalTurns.isEmpty)
        var expected = TranscriptStore()
        expected.apply(Scenario.demo.contacts[0].segments.map(\.segment))
        #expect(store.turns == expected.turns)
        let pieces = events.flatMap(\.segments).count { if case .utterance = $0 { true } else { false } }
        #expect(pieces > store.turns.count)
        print(
            "FIGURE simulate --to-kinesis plan of the demo call: \(events.count) events, \(pieces) partial pieces for \(store.turns.count) turns"
        )
    }

    @Test func copiesHaveTheirOwnContactAndTurnIdsAndRepeatWithTheSeed() {
        let plan = StreamEventPlan(scenario: .demo, copies: 3, seed: 9)
        #expect(plan.contactIds.count == 3)
        #expect(plan.contactIds[0] == Scenario.demo.contacts[0].contactId)
        #expect(StreamEventPlan(scenario: .demo, copies: 3, seed: 9).contactIds == plan.contactIds)
        let turnIds = plan.items.filter { $0.contactId == plan.contactIds[2] }.flatMap(\.event.segments)
            .compactMap { if case .transcript(let turn) = $0 { turn.id } else { nil } }
        #expect(!turnIds.isEmpty)
        #expect(turnIds.allSatisfy { $0.hasPrefix(String(plan.contactIds[2].prefix(8))) })
        #expect(zip(plan.items, plan.items.dropFirst()).allSatisfy { $0.atMillis <= $1.atMillis })
    }

    @Test func aRunWithNewIdsGivesTheFirstCopyAnIdOfItsOwnAndKeepsItsTurnIds() {
        let first = StreamEventPlan(scenario: .demo, copies: 2, seed: 1, newIds: true)
        let second = StreamEventPlan(scenario: .demo, copies: 2, seed: 2, newIds: true)
        #expect(!first.contactIds.contains(Scenario.demo.contacts[0].contactId))
        #expect(Set(first.contactIds).isDisjoint(with: second.contactIds), "two runs share no contact")
        let turnIds = first.items.filter { $0.contactId == first.contactIds[0] }.flatMap(\.event.segments)
            .compactMap { if case .transcript(let turn) = $0 { turn.id } else { nil } }
        let demoIds = StreamEventPlan(scenario: .demo).items.flatMap(\.event.segments)
            .compactMap { if case .transcript(let turn) = $0 { turn.id } else { nil } }
        #expect(turnIds == demoIds, "the first copy's turns keep the scenario's ids")
    }

    @Test func aScenarioFileRefusesPartialPieces() {
        let file =
            #"{"Contacts":[{"InstanceId":"i","ContactId":"c","Segments":[{"Utterance":{"Id":"u","TranscriptId":"t","ParticipantId":"A","ParticipantRole":"AGENT","PartialContent":"x","BeginOffsetMillis":0,"EndOffsetMillis":1}}]}]}"#
        #expect(throws: ScenarioError.self) { try Scenario.decode(Data(file.utf8)) }
    }
}
