import AWSClient
import ContactLensModel
import Foundation
import LensEngine
import Synchronization
import TestSupport
import Testing

/// The wall on the segment stream, against moto: one reader of every shard gives every contact
/// exactly its own call, a contact named late (as discovery does) loses nothing, and
/// `lenstail wall --kinesis-stream` prints the listed contacts' lines and ends when they are over.
extension KinesisMotoTests {
    /// What a wall reading the stream was given, per contact.
    struct WallOutcome: Sendable {
        var stores: [String: TranscriptStore] = [:]
        var transcriptDeliveries: [String: Int] = [:]
        var finished: Set<String> = []
        var rounds = 0
        var failure: String?
    }

    /// Runs a `WallStreamReader` on `stream` until `done` holds of what it gave, or `timeout`.
    static func wall(
        _ url: String, stream: String, everyContact: Bool, timeout: Duration = .seconds(60),
        named: @escaping @Sendable (WallOutcome) -> [String] = { _ in [] },
        until done: @escaping @Sendable (WallOutcome) -> Bool
    ) async throws -> WallOutcome {
        let kinesis = try KinesisStream(stream)
        let reader = ShardReader(
            configuration: ShardReaderConfiguration(
                start: .trimHorizon, pollInterval: .milliseconds(200), relistInterval: .seconds(2)),
            calls: KinesisCalls(client: KinesisHarness.client(url), stream: kinesis))
        let outcome = Mutex(WallOutcome())
        let wall = WallStreamReader(
            reader: reader, stream: kinesis, instanceId: nil, everyContact: everyContact, credentialSource: nil)
        let listening = Task {
            for await event in wall.events {
                outcome.withLock { o in
                    switch event {
                    case .contact(let id, .segments(let segments, _)):
                        for case .transcript(let turn) in segments { o.transcriptDeliveries[turn.id, default: 0] += 1 }
                        o.stores[id, default: TranscriptStore()].apply(segments)
                    case .contact(let id, .finished): o.finished.insert(id)
                    case .stream(.live): o.rounds += 1
                    case .stream(.failed(let message)): o.failure = message
                    default: break
                    }
                }
            }
        }
        let running = Task { await wall.run() }
        defer {
            running.cancel()
            listening.cancel()
        }
        let deadline = ContinuousClock.now + timeout
        var asked = Set<String>()
        while ContinuousClock.now < deadline {
            let now = outcome.withLock { $0 }
            if done(now) || now.failure != nil { return now }
            for id in named(now) where asked.insert(id).inserted { await wall.add(id, channel: .voice) }
            try await Task.sleep(for: .milliseconds(100))
        }
        var last = outcome.withLock { $0 }
        last.failure = last.failure ?? "timed out after \(timeout)"
        return last
    }

    @Test func aWallOfTheWholeStreamGivesEveryContactExactlyItsCall() async throws {
        let moto = try moto()
        try moto.createStream("floor", shards: 4)
        let contacts = try await KinesisHarness.simulate(moto, stream: "floor", contacts: 5, speed: "instant")
        #expect(contacts.count == 5)
        let outcome = try await Self.wall(moto.url, stream: "floor", everyContact: true) { $0.finished.count == contacts.count }
        #expect(outcome.failure == nil)
        #expect(outcome.finished == Set(contacts))
        for (copy, id) in contacts.enumerated() {
            #expect(outcome.stores[id]?.turns == KinesisHarness.expectedTurns(contactId: id, copy: copy), "contact \(copy)")
            #expect(outcome.stores[id]?.provisionalTurns.isEmpty == true, "every partial of \(copy) was replaced")
        }
        #expect(outcome.transcriptDeliveries.values.allSatisfy { $0 == 1 }, "no turn delivered twice")
        print(
            "FIGURE kinesis wall: 5 contacts on 4 shards, one reader: each its own \(outcome.stores[contacts[0]]?.turns.count ?? 0) "
                + "turns, \(outcome.transcriptDeliveries.count) turns in all, each once")
    }

    @Test func aContactNamedLateByDiscoveryLosesNothingAndOthersGetNoRow() async throws {
        let moto = try moto()
        try moto.createStream("named", shards: 3)
        let contacts = try await KinesisHarness.simulate(moto, stream: "named", contacts: 3, speed: "instant")
        let wanted = contacts[2]
        // Named after the reader has read every shard to its tip twice: everything was held.
        let outcome = try await Self.wall(
            moto.url, stream: "named", everyContact: false, named: { $0.rounds >= 2 ? [wanted] : [] },
            until: { $0.finished.contains(wanted) })
        #expect(outcome.failure == nil)
        #expect(Set(outcome.stores.keys) == [wanted], "only the named contact")
        #expect(outcome.stores[wanted]?.turns == KinesisHarness.expectedTurns(contactId: wanted, copy: 2))
    }

    @Test func lenstailWallOnTheStreamPrintsTheListedContactsAndEnds() async throws {
        let moto = try moto()
        try moto.createStream("listed", shards: 2)
        let contacts = try await KinesisHarness.simulate(moto, stream: "listed", contacts: 4, speed: "instant")
        let listed = [contacts[0], contacts[3]]
        let result = try await LenstailProcess.run(
            [
                "wall", "--kinesis-stream", "listed", "--contact-id", listed[0], "--contact-id", listed[1], "--since", "10m",
                "--output", "jsonl", "--endpoint-url", moto.url,
            ],
            environment: KinesisHarness.environment, timeout: .seconds(60))
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(lines.allSatisfy { listed.contains($0["ContactId"] as? String ?? "") }, "no other contact's line")
        for (copy, id) in [(0, listed[0]), (3, listed[1])] {
            let mine = lines.filter { $0["ContactId"] as? String == id }
            let turns = mine.compactMap { ($0["Transcript"] as? [String: Any])?["Id"] as? String }
            #expect(turns == KinesisHarness.expectedTurns(contactId: id, copy: copy).map(\.id), "contact \(copy)")
            #expect(mine.contains { $0["Utterance"] != nil }, "partial utterances are lines too")
            #expect(mine.last?["Status"] as? String == "COMPLETED")
        }
        print("FIGURE kinesis wall --output jsonl: 2 listed contacts of 4, \(lines.count) lines, exit 0 when both completed")
    }
}
