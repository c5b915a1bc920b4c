import AWSClient
import ContactLensModel
import Foundation
import LensEngine
import LensSimulator
import TestSupport
import Testing

/// The segment-stream source against moto's Kinesis on loopback, a server nobody here wrote:
/// many contacts on four shards, a second producer (boto3), resharding mid-call, reading back
/// with --since, a consumer restarted half way. One moto for the suite, tests one at a time.
@Suite(
    .serialized, .motoServer,
    .enabled(
        if: MotoServer.installedPath != nil || MotoServer.isCI,
        "moto_server is not installed (pip install 'moto[server]')"))
struct KinesisMotoTests {
    func moto() throws -> MotoServer { try #require(MotoServer.current, "CI=true but moto_server is not on PATH") }

    @Test func oneContactOfManyOnFourShardsIsExactlyItsTranscript() async throws {
        let moto = try moto()
        try moto.createStream("many", shards: 4)
        let contacts = try await KinesisHarness.simulate(moto, stream: "many", contacts: 6, speed: "instant")
        #expect(contacts.count == 6)
        let copy = 3
        let outcome = try await KinesisHarness.follow(moto.url, stream: "many", contactId: contacts[copy])
        #expect(outcome.failure == nil)
        #expect(outcome.finished)
        let expected = KinesisHarness.expectedTurns(contactId: contacts[copy], copy: copy)
        #expect(outcome.store.turns == expected)
        #expect(outcome.store.provisionalTurns.isEmpty, "every partial was replaced by its final turn")
        #expect(outcome.transcriptDeliveries.values.allSatisfy { $0 == 1 }, "no turn delivered twice")
        #expect(outcome.utterances > expected.count)
        #expect(outcome.store.summary?.status == .completed)
        let used = Set(try moto.shards("many").map(\.id))
        print(
            "FIGURE kinesis moto: contact \(copy + 1) of 6 on \(used.count) shards: \(outcome.store.turns.count) turns, "
                + "\(outcome.utterances) partial pieces, \(outcome.store.categories.count) categories, no other contact's data")
    }

    @Test func aBoto3ProducersRecordsReadTheSameDuplicatesIncluded() async throws {
        let moto = try moto()
        try moto.createStream("boto", shards: 3)
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Fixtures/kinesis_producer.py")
        let producer = try await PythonProcess.run(
            [script.path, moto.url, "boto", "d1ce0000-0000-4000-8000-000000000001", "5"],
            environment: KinesisHarness.environment)
        #expect(producer.status == 0, "\(producer.stderr)")
        let expected = try JSONDecoder().decode([[String]].self, from: Data(producer.stdout.utf8))
        let result = try await LenstailProcess.run(
            [
                "follow", "--kinesis-stream", "boto", "--contact-id", "d1ce0000-0000-4000-8000-000000000001", "--since", "10m",
                "--output", "jsonl",
                "--endpoint-url", moto.url,
            ],
            environment: KinesisHarness.environment, timeout: .seconds(60))
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        let turns = lines.compactMap { $0?["Transcript"] as? [String: Any] }
        #expect(turns.map { [$0["Id"] as? String ?? "", $0["Content"] as? String ?? ""] } == expected)
        #expect(lines.count { $0?["Utterance"] != nil } == 8)
        #expect(lines.count { $0?["Categories"] != nil } == 1)
        print(
            "FIGURE kinesis boto3 producer: \(turns.count) turns and \(lines.count) jsonl lines, noise of 5 contacts and a"
                + " duplicated record left out")
    }

    @Test func reshardingMidCallLosesAndRepeatsNothing() async throws {
        let moto = try moto()
        try moto.createStream("reshard", shards: 2)
        // With --seed the run's contact ids are known before it starts: the follow is already reading.
        let first = StreamEventPlan(scenario: .demo, copies: 2, seed: 7, newIds: true).contactIds[0]
        async let published = KinesisHarness.simulate(moto, stream: "reshard", contacts: 2, speed: "40", seed: 7)
        async let followed = KinesisHarness.follow(
            moto.url, stream: "reshard",
            contactId: first,
            start: .atTimestamp(Date().addingTimeInterval(-60)), timeout: .seconds(90))
        try await Task.sleep(for: .seconds(1.5))
        try moto.updateShardCount("reshard", to: 4)
        try await Task.sleep(for: .seconds(1))
        let open = try moto.shards("reshard").filter { !$0.closed }
        try moto.kinesis(
            "MergeShards", ["StreamName": "reshard", "ShardToMerge": open[0].id, "AdjacentShardToMerge": open[1].id])
        let contacts = try await published
        #expect(contacts.first == first)
        let outcome = try await followed
        #expect(outcome.failure == nil)
        #expect(outcome.finished)
        #expect(outcome.store.turns == KinesisHarness.expectedTurns(contactId: contacts[0], copy: 0))
        #expect(outcome.store.provisionalTurns.isEmpty)
        let shards = try moto.shards("reshard")
        #expect(shards.count { $0.closed } >= 4, "\(shards)")
        print(
            "FIGURE kinesis resharding mid-call: 2 → 4 → 3 open shards (\(shards.count) in all), "
                + "\(outcome.store.turns.count) turns, each once in the store (moto keeps writing into the closed parents)")
    }

    @Test func sinceReadsACallBackAndARestartedConsumerGetsItWhole() async throws {
        let moto = try moto()
        try moto.createStream("again", shards: 4)
        let contacts = try await KinesisHarness.simulate(moto, stream: "again", contacts: 3, speed: "instant")
        let expected = KinesisHarness.expectedTurns(contactId: contacts[1], copy: 1)
        let since = Date().addingTimeInterval(-3600)
        // 20 records a read, so the first consumer stops part way through the call.
        let half = try await KinesisHarness.follow(
            moto.url, stream: "again", contactId: contacts[1], start: .atTimestamp(since),
            limit: 20, stopAfterPages: 2)
        #expect(half.store.turns.count > 0)
        #expect(half.store.turns.count < expected.count)
        let again = try await KinesisHarness.follow(moto.url, stream: "again", contactId: contacts[1], start: .atTimestamp(since))
        #expect(again.finished)
        #expect(again.store.turns == expected)
        // Records from before `since` are not read.
        let later = try await KinesisHarness.follow(
            moto.url, stream: "again", contactId: contacts[1],
            start: .atTimestamp(Date().addingTimeInterval(5)), timeout: .seconds(3))
        #expect(later.store.turns.isEmpty)
        print(
            "FIGURE kinesis --since: \(expected.count) turns read back an hour's window; a consumer stopped after "
                + "\(half.store.turns.count) turns and restarted got all \(again.store.turns.count)")
    }
}

extension KinesisMotoTests {
    @Test func aRecordedStreamFollowReplaysAndExportsTheSameCall() async throws {
        let moto = try moto()
        try moto.createStream("recorded", shards: 2)
        let contacts = try await KinesisHarness.simulate(moto, stream: "recorded", contacts: 2, speed: "instant")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lenstail-kinesis-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let recording = directory.appendingPathComponent("call.jsonl").path
        let followed = try await LenstailProcess.run(
            [
                "follow", "--kinesis-stream", "recorded", "--contact-id", contacts[1], "--from-start", "--output", "text",
                "--endpoint-url", moto.url, "--record", recording,
            ],
            environment: KinesisHarness.environment, timeout: .seconds(60))
        #expect(followed.status == 0, "\(followed.stderr)")
        let attributes = try FileManager.default.attributesOfItem(atPath: recording)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let lines = try String(contentsOfFile: recording, encoding: .utf8).split(separator: "\n")
        #expect(lines.allSatisfy { $0.contains(#""source":"kinesis""#) && $0.contains(contacts[1]) })
        let replayed = try await LenstailProcess.run(["replay", recording, "--output", "text"], timeout: .seconds(30))
        #expect(replayed.status == 0, "\(replayed.stderr)")
        #expect(replayed.stdout == followed.stdout, "the replay prints what the follow printed")
        let exported = try await LenstailProcess.run(["export", recording, "--format", "json"], timeout: .seconds(30))
        #expect(exported.status == 0, "\(exported.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(exported.stdout.utf8)) as? [String: Any]
        #expect((json?["Transcript"] as? [Any])?.count == KinesisHarness.expectedTurns(contactId: contacts[1], copy: 1).count)
        #expect(json?["ContactId"] as? String == contacts[1])
        print(
            "FIGURE kinesis --record: \(lines.count) stream lines (0600); replay --output text identical to the follow "
                + "(\(followed.stdout.split(separator: "\n").count) lines); export json \((json?["Transcript"] as? [Any])?.count ?? 0) turns"
        )
    }
}

/// python3 with a script, as `LenstailProcess` runs lenstail.
enum PythonProcess {
    static func run(_ arguments: [String], environment: [String: String]) async throws -> LenstailProcess.Result {
        let python =
            (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .map { "\($0)/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) } ?? "/usr/bin/python3"
        var env = environment
        env["AWS_DEFAULT_REGION"] = "us-east-1"
        // A pyenv shim finds its interpreter from PYENV_ROOT (or HOME, which the runner replaces).
        if let shims = python.range(of: "/shims/python3") { env["PYENV_ROOT"] = String(python[..<shims.lowerBound]) }
        return try await LenstailProcess.run(
            arguments, environment: env, timeout: .seconds(120),
            executable: URL(fileURLWithPath: python))
    }
}
