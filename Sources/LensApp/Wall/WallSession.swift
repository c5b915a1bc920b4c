import AWSClient
import ContactLensModel
import Foundation
import LensEngine
import LensSimulator
import LensTerminal
import LensUI

/// `lenstail wall` and `lenstail demo --wall`: discovery, one scheduler for every call, and the
/// wall view (or JSON lines).
package enum WallSession {
    package static func run(_ settings: WallSettings, aws: AWSSettings, console: Console = .standard) async throws {
        let (lens, connect, place) = try aws.makeWallClients()
        do { _ = try await lens.credentials.resolve() } catch { throw FatalError(String(describing: error)) }
        try await run(settings, lens: lens, connect: connect, place: place, console: console)
    }

    /// The built-in floor: eight overlapping calls played by the emulator under the real quota.
    package static func demo(speed: Double, settings base: WallSettings, console: Console = .standard) async throws {
        let simulator = Simulator(
            SimulatorConfiguration(
                scenario: .wallDemo, speed: speed, seed: .random(in: 0...UInt64.max), rateLimit: .serviceQuota))
        let port = try await simulator.start()
        let endpoint = URL(string: "http://127.0.0.1:\(port)")!
        let credentials = StaticCredentialProvider(DemoIdentity.credentials, source: "the demo's built-in key")
        let clock = ClockCorrection()
        let lens = ContactLensClient(
            endpoint: endpoint, region: DemoIdentity.region, credentials: credentials, timeout: .seconds(10), now: Date.init,
            clock: clock)
        let connect = ConnectDirectoryClient(
            endpoint: endpoint, region: DemoIdentity.region, credentials: credentials, clock: clock)
        var settings = base
        settings.instanceId = DemoIdentity.instanceId
        if !settings.watchesFloor && settings.contactIds.isEmpty { settings.queues = ["Billing", "Support", "Sales"] }
        if settings.options.alertPatterns.isEmpty { settings.options.alertPatterns = ["Escalation"] }
        if settings.options.alertNegative == nil { settings.options.alertNegative = 3 }
        // The floor plays `speed` times faster: so does discovery (every 10 s of floor time).
        settings.discoveryInterval = max(.seconds(1), .milliseconds(Int(10_000 / speed)))
        do {
            try await run(settings, lens: lens, connect: connect, place: "demo emulator 127.0.0.1:\(port)", console: console)
        } catch {
            await simulator.stop()
            throw error
        }
        await simulator.stop()
    }

    static func run(
        _ settings: WallSettings, lens: ContactLensClient, connect: ConnectDirectoryClient, place: String, console: Console
    ) async throws {
        do { _ = try AlertMatcher(patterns: settings.options.alertPatterns) } catch { throw FatalError(error.message) }
        let (filter, directory) = try await resolve(settings, connect: connect)
        let alertLog = try settings.alertLog.map(AlertLog.init(path:))
        let feed = try settings.contactsFrom.map(ContactFeed.lines(from:))
        let (events, continuation) = AsyncStream<WallEvent>.makeStream(bufferingPolicy: .unbounded)
        let emit: @Sendable (WallEvent) -> Void = { continuation.yield($0) }
        let poller = WallPoller(
            instanceId: settings.instanceId, configuration: settings.scheduler,
            fetch: { request throws(ClientError) in try await lens.send(request) }, emit: emit)
        var tasks: [Task<Void, Never>] = [Task { await poller.run() }]
        if !filter.isEmpty {
            let watcher = FloorWatcher(
                instanceId: settings.instanceId, filter: filter, client: connect, interval: settings.discoveryInterval)
            tasks.append(Task { await watcher.run(directory: directory, poller: poller, emit: emit) })
        }
        let listed = settings.contactIds
        let feedDone = FeedState()
        tasks.append(
            Task {
                for id in listed { await add(id, poller, emit) }
                if let feed {
                    for await id in feed { await add(id, poller, emit) }
                }
                feedDone.finish()
                emit(.discovery(problem: nil))
            })
        defer { for task in tasks { task.cancel() } }
        let scope = "\(settings.scope) · \(place)"
        let makeState: @Sendable (Size) throws -> WallState = { size in
            try WallState(instanceId: settings.instanceId, scope: scope, options: settings.options, size: size)
        }
        let onAlert: @Sendable (WallAlert) -> Void = { alert in
            try? alertLog?.write(alert)
            Task { await poller.setAlert(alert.contactId) }
        }
        if settings.format == nil, isatty(STDOUT_FILENO) == 1 {
            let exit: TerminalExit
            do {
                exit = try await WallTerminalApp.run(state: makeState, events: events, onAlert: onAlert)
            } catch {
                console.note("lenstail: \(error); streaming JSON lines instead\n")
                return try await WallStream.print(
                    events, state: try makeState(Size(width: 200, height: 60)), format: .jsonl, endsWhenDone: filter.isEmpty,
                    feed: feedDone, onAlert: onAlert, console: console)
            }
            if case .interrupted(let signal) = exit { throw Interrupted(signal: signal) }
            return
        }
        try await WallStream.print(
            events, state: try makeState(Size(width: 200, height: 60)), format: settings.format ?? .jsonl,
            endsWhenDone: filter.isEmpty, feed: feedDone, onAlert: onAlert, console: console)
    }

    private static func add(_ id: String, _ poller: WallPoller, _ emit: @Sendable (WallEvent) -> Void) async {
        emit(.added(WallContactInfo(contactId: id, agent: "-", queue: "-")))
        await poller.add(id)
    }

    /// Command-line names to ids, through the listings (loaded once, kept for the row names).
    static func resolve(_ settings: WallSettings, connect: ConnectDirectoryClient) async throws -> (FloorFilter, NameDirectory) {
        guard settings.watchesFloor else { return (FloorFilter(), NameDirectory()) }
        var directory = NameDirectory()
        var kinds: [DirectoryKind] = [.user, .queue]
        if !settings.routingProfiles.isEmpty { kinds.append(.routingProfile) }
        do {
            try await directory.load(kinds, instanceId: settings.instanceId, client: connect)
            var filter = FloorFilter(hierarchyGroups: settings.hierarchyGroups)
            for name in settings.queues {
                filter.queues.append(try directory.resolve(name, .queue, instanceId: settings.instanceId))
            }
            for name in settings.agents {
                filter.agents.append(try directory.resolve(name, .user, instanceId: settings.instanceId))
            }
            for name in settings.routingProfiles {
                filter.routingProfiles.append(try directory.resolve(name, .routingProfile, instanceId: settings.instanceId))
            }
            return (filter, directory)
        } catch let error as ClientError {
            throw FatalError("cannot list the instance's names: \(error.advice(credentialSource: nil))")
        } catch {
            throw FatalError(String(describing: error))
        }
    }
}

/// Set once the listed contacts and the feed are all added.
final class FeedState: @unchecked Sendable {
    private let lock = NSLock()
    private var done = false
    var isDone: Bool { lock.withLock { done } }
    func finish() { lock.withLock { done = true } }
}
