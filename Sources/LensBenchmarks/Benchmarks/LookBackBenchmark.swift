import AWSClient
import ArgumentParser
import ContactLensModel
import Foundation
import LensApp
import LensEngine
import LensSimulator
import LensUI

/// Looking back (#21), over real HTTP and SigV4 to the in-process emulator's Amazon Connect and
/// S3 on loopback: a two-hour call's post-contact file (10k turns) opened as `replay --from-s3`
/// opens it (DescribeContact, ListInstanceStorageConfigs, three ListObjectsV2, GetObject, decode)
/// to the first frame with the post-contact panel, and the heap it keeps against the file's size;
/// then a search of a day of contacts to the list's first frame.
struct LookBackBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookback", abstract: "A two-hour call's analysis file from S3 to the screen; a search to its first row.")

    @Option(help: "Turns in the call (over two hours).")
    var turns = 10_000

    @Option(help: "Contacts in the searched day.")
    var contacts = 100

    @Option(help: "Measured runs per case.")
    var runs = 7

    @Option(help: .hidden)
    var memoryFrom: String?

    func run() async throws {
        if let memoryFrom, let endpoint = URL(string: memoryFrom) {
            let (kept, peak, insights, replay) = try await Self.memory(endpoint)
            print("memory\t\(kept)\t\(peak)\t\(insights)\t\(replay.held)\t\(replay.playing)")
            return
        }
        let file = try await Self.openFile(turns: turns, runs: runs)
        print("post-contact file of a two-hour call, \(Show.count(turns)) turns, \(Show.mb(file.bytes)) (raw, on S3):")
        print(
            String(
                format: "  open to the first frame with the panel: median %.1f ms (%.1f-%.1f) of %d", file.median * 1000,
                file.min * 1000, file.max * 1000, runs))
        print(
            "  memory, in a process of its own: the view keeps \(Show.mb(file.kept)) = "
                + String(format: "%.2f× the file", Double(file.kept) / Double(file.bytes))
                + " (the post-contact insights \(Show.mb(file.insights)) of it)"
                + "; the most it held while opening: \(Show.mb(file.peak)) = "
                + String(format: "%.2f× the file", Double(file.peak) / Double(file.bytes)))
        print(
            "  `replay --from-s3` on a terminal, once the call has played at 1×, holds \(Show.mb(file.replay)) = "
                + String(format: "%.2f× the file", Double(file.replay) / Double(file.bytes))
                + " (its schedule and the view); as its last turn came: \(Show.mb(file.replayPlaying)) = "
                + String(format: "%.2f×", Double(file.replayPlaying) / Double(file.bytes)))
        for n in [nil, contacts] {
            let (search, found) = try await Self.search(contacts: n, runs: runs)
            print(
                String(
                    format: "search of a day of %d contacts to the list's first frame: median %.1f ms (%.1f-%.1f) of %d", found,
                    search.median * 1000, search.percentile(0) * 1000, search.percentile(1) * 1000, runs))
        }
    }

    struct FileFigures {
        var bytes = 0, kept = 0, peak = 0, insights = 0, replay = 0, replayPlaying = 0
        var median = 0.0, min = 0.0, max = 0.0
    }

    /// The call's file served by the emulator, opened `runs` times after one warm-up (which makes
    /// the emulator write it); then once more in a child process (a fresh heap, no emulator),
    /// whose resident set says what the view keeps and the most it held on the way.
    static func openFile(turns: Int, runs: Int) async throws -> FileFigures {
        let contact = call(turns: turns)
        return try await withEmulator(Scenario(contacts: [contact]), rateLimit: nil) { endpoint in
            let credentials = StaticCredentialProvider(DemoIdentity.credentials)
            let connect = ConnectClient(endpoint: endpoint, region: DemoIdentity.region, credentials: credentials)
            let s3 = S3Client(region: DemoIdentity.region, configuredEndpoint: endpoint, credentials: credentials)
            let finder = AnalysisFileFinder(connect: connect, s3: s3, settings: AnalysisFileSettings(), credentialSource: nil)
            var figures = FileFigures()
            var times: [Double] = []
            for run in 0...runs {
                let start = ContinuousClock.now
                let file = try await finder.open(instanceId: contact.instanceId, contactId: contact.contactId)
                let state = view(file)
                _ = render(state, size: CallState.size)
                if run > 0 { times.append((ContinuousClock.now - start).seconds) }
                figures.bytes = file.size
            }
            let output = try await ChildProcess.runSelf(["lookback", "--memory-from", endpoint.absoluteString])
            let fields = output.split(separator: "\n").first { $0.hasPrefix("memory\t") }?.split(separator: "\t") ?? []
            if fields.count == 6 {
                (figures.kept, figures.peak, figures.insights) = (Int(fields[1]) ?? 0, Int(fields[2]) ?? 0, Int(fields[3]) ?? 0)
                (figures.replay, figures.replayPlaying) = (Int(fields[4]) ?? 0, Int(fields[5]) ?? 0)
            }
            let samples = Samples(times)
            (figures.median, figures.min, figures.max) = (samples.median, times.min() ?? 0, times.max() ?? 0)
            return figures
        }
    }

    /// In a fresh process: the file opened from `endpoint` to its first frame; answers the heap
    /// the view holds (malloc's count), and the resident set's high-water mark's rise over the
    /// start (which also counts the code first run on the way); and of the heap, the post-contact
    /// insights' share (what the panel alone keeps, beside the store's turns); and what `replay`
    /// holds once it has played the same file.
    static func memory(_ endpoint: URL) async throws -> (
        kept: Int, peak: Int, insights: Int, replay: (held: Int, playing: Int)
    ) {
        let credentials = StaticCredentialProvider(DemoIdentity.credentials)
        let connect = ConnectClient(endpoint: endpoint, region: DemoIdentity.region, credentials: credentials)
        let s3 = S3Client(region: DemoIdentity.region, configuredEndpoint: endpoint, credentials: credentials)
        let finder = AnalysisFileFinder(connect: connect, s3: s3, settings: AnalysisFileSettings(), credentialSource: nil)
        // The clients' first connection and the bucket's listing, before the measure starts.
        _ = try await s3.listObjects(bucket: DemoIdentity.recordingsBucket, prefix: "Analysis/")
        let before = (heap: MallocInfo.inUse(), rss: ProcessMemory.now().rss)
        var state = view(try await finder.open(instanceId: DemoIdentity.instanceId, contactId: Corpus.contactId))
        _ = render(state, size: CallState.size)
        let after = (heap: MallocInfo.inUse(), peak: ProcessMemory.now().peak)
        state.session.postContact = nil
        let insights = after.heap - MallocInfo.inUse()
        withExtendedLifetime(state) {}
        let replay = try await replayHeld(endpoint)
        return (after.heap - before.heap, after.peak - before.rss, insights, replay)
    }

    /// The view `replay --from-s3` opens: the file's turns, its insights in the side panel.
    static func view(_ file: AnalysisFileSource) -> AppState {
        var session = SessionInfo(instanceId: file.instanceId, contactId: file.contactId, endpoint: file.location)
        session.postContact = file.insights
        var state = AppState(session: session, alerts: .none, size: CallState.size, now: Date())
        state.showPanel = true
        _ = reduce(into: &state, .engine(.segments(file.segments, receivedAt: Date())))
        _ = reduce(into: &state, .engine(.finished))
        return state
    }

    /// A two-hour call of `turns` turns (the benchmarks' corpus, 0.72 s a turn).
    static func call(turns: Int) -> ScenarioContact {
        let step = 7_200_000 / max(1, turns)
        var segments: [ScenarioSegment] = []
        for i in 0..<turns {
            for var segment in Corpus.segments(i, of: turns) {
                switch segment {
                case .transcript(var t):
                    (t.beginOffsetMillis, t.endOffsetMillis) = (i * step, i * step + step * 9 / 10)
                    segment = .transcript(t)
                case .categories(var c):
                    for (name, details) in c.matchedDetails {
                        c.matchedDetails[name] = CategoryDetails(
                            pointsOfInterest: details.pointsOfInterest.map { _ in
                                PointOfInterest(beginOffsetMillis: i * step, endOffsetMillis: i * step + step * 9 / 10)
                            })
                    }
                    segment = .categories(c)
                default: break
                }
                segments.append(ScenarioSegment(segment))
            }
        }
        return ScenarioContact(instanceId: DemoIdentity.instanceId, contactId: Corpus.contactId, segments: segments)
    }

    /// The demo's day of contacts, or one of `contacts` finished contacts on its floor, searched
    /// as `lenstail search` does (names listed, one page of up to 100) to the list's first frame;
    /// answers the times and how many contacts the search found.
    static func search(contacts: Int?, runs: Int) async throws -> (Samples, Int) {
        var scenario = Scenario.history
        var history = scenario.floor?.history ?? []
        let contacts = contacts ?? history.count
        let agents = scenario.floor?.agents.map(\.id) ?? []
        let queues = scenario.floor?.queues.map(\.id) ?? []
        for i in history.count..<max(history.count, contacts) {
            history.append(
                ScenarioFloor.PastContact(
                    contactId: String(format: "be9c0000-0000-4000-8000-%012d", i), channel: "VOICE",
                    agentId: agents[i % agents.count], queueId: queues[i % queues.count],
                    initiatedSecondsAgo: 600 + (i * 797) % 80_000, durationSeconds: 120 + i % 300, queueSeconds: 20))
        }
        scenario.floor?.history = Array(history.prefix(contacts))
        return try await withEmulator(scenario, rateLimit: .serviceQuota) { endpoint in
            let credentials = StaticCredentialProvider(DemoIdentity.credentials)
            let clients = WallClients(
                lens: ContactLensClient(endpoint: endpoint, region: DemoIdentity.region, credentials: credentials),
                chat: ChatSegmentsClient(endpoint: endpoint, region: DemoIdentity.region, credentials: credentials),
                connect: ConnectDirectoryClient(endpoint: endpoint, region: DemoIdentity.region, credentials: credentials),
                place: "emulator")
            let now = Date()
            let settings = SearchSettings(
                instanceId: DemoIdentity.instanceId,
                timeRange: SearchContactsTimeRange(startTime: now.addingTimeInterval(-24 * 3600), endTime: now))
            var times: [Double] = []
            var found = 0
            for run in 0...runs {
                let start = ContinuousClock.now
                let (result, rows) = try await SearchSession.rows(settings, clients: clients, credentialSource: nil)
                let state = ContactListState(
                    rows: rows, scope: settings.scope, countText: result.countText, size: CallState.size)
                _ = renderContactList(state, size: CallState.size)
                if run > 0 { times.append((ContinuousClock.now - start).seconds) }
                found = result.contacts.count
                // The quota (2 a second, burst 5) refills between searches, as between a user's.
                try await Task.sleep(for: .seconds(1.6))
            }
            return (Samples(times), found)
        }
    }

    static func withEmulator<T>(_ scenario: Scenario, rateLimit: RateLimit?, _ body: (URL) async throws -> T) async throws -> T {
        let simulator = Simulator(SimulatorConfiguration(scenario: scenario, speed: 1, rateLimit: rateLimit))
        let port = try await simulator.start()
        do {
            let result = try await body(URL(string: "http://127.0.0.1:\(port)")!)
            await simulator.stop()
            return result
        } catch {
            await simulator.stop()
            throw error
        }
    }
}
