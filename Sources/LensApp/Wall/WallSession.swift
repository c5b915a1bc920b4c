import AWSClient
import ContactLensModel
import FoundationEssentials
import LensBasics
import LensEngine
import LensSimulator
import LensTerminal
import LensUI
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `lenstail wall` and `lenstail demo --wall`: discovery, one scheduler for every call, and the
/// wall view (or JSON lines).
package enum WallSession {
    package static func run(_ settings: WallSettings, aws: AWSSettings, console: Console = .standard) async throws {
        if let kinesis = settings.kinesis { return try await runOnStream(settings, kinesis, aws: aws, console: console) }
        let clients = try aws.makeWallClients()
        do { _ = try await clients.lens.credentials.resolve() } catch { throw FatalError(String(describing: error)) }
        let listen = try aws.makeListenClients(instanceId: settings.instanceId, settings: settings.listen)
        try await run(settings, clients: clients, actions: ContactActions(listen), console: console)
    }

    /// The wall on the segment stream: one reader of every shard feeds every row; discovery (with
    /// a floor filter) or the command line says which contacts get one, or else every contact does.
    static func runOnStream(_ settings: WallSettings, _ kinesis: WallKinesis, aws: AWSSettings, console: Console) async throws {
        let stream: KinesisStream
        do { stream = try KinesisStream(kinesis.stream) } catch { throw FatalError(error.message) }
        let (client, place) = try aws.makeKinesisClient(for: stream)
        let source = try await AWSSettings.credentialSource(of: client)
        let connect = settings.watchesFloor ? try aws.makeWallClients().connect : nil  // discovery
        // Without discovery, a transfer's leg is linked by asking about each new contact (needs the instance).
        let links =
            connect == nil && !settings.instanceId.isEmpty
            ? StreamContactLookup(finder: try Self.transferFinder(aws.makeWallClients().connect, instanceId: settings.instanceId))
            : nil
        // Listening in needs the instance: without --instance-id the stream's contacts may be anyone's.
        let listen =
            settings.instanceId.isEmpty
            ? nil : try aws.makeListenClients(instanceId: settings.instanceId, settings: settings.listen)
        let reader = ShardReader(
            configuration: ShardReaderConfiguration(
                start: kinesis.start.position(now: Date()), pollInterval: kinesis.pollInterval),
            calls: KinesisCalls(client: client, stream: stream))
        let streamReader = WallStreamReader(
            reader: reader, stream: stream, instanceId: settings.instanceId.isEmpty ? nil : settings.instanceId,
            everyContact: settings.watchesWholeStream, credentialSource: source)
        try await watch(
            settings, source: streamReader, connect: connect, place: "Kinesis \(stream), \(place)",
            actions: ContactActions(listen), links: links, console: console)
    }

    /// Where the wall asks Amazon Connect where a transfer's leg came from.
    static func transferFinder(_ connect: ConnectDirectoryClient, instanceId: String) -> TransferFinder {
        TransferFinder(
            calls: TransferCalls(connect: ConnectClient(service: connect.service), directory: connect, instanceId: instanceId))
    }

    /// The built-in floor: eight overlapping calls played by the emulator under the real quota.
    package static func demo(speed: Double, settings base: WallSettings, console: Console = .standard) async throws {
        var settings = base
        settings.instanceId = DemoIdentity.instanceId
        if !settings.watchesFloor && settings.contactIds.isEmpty {
            settings.queues = ["Billing", "Support", "Sales", "Retention"]
        }
        if settings.options.alertPatterns.isEmpty { settings.options.alertPatterns = ["Escalation"] }
        if settings.options.alertNegative == nil { settings.options.alertNegative = 3 }
        settings.options.clockRate = speed.isFinite && speed > 0 ? speed : 1
        // The floor plays `speed` times faster: so does discovery (every 10 s of floor time).
        settings.discoveryInterval = max(.seconds(1), .milliseconds(Int(10_000 / speed)))
        settings.queueInterval = max(.seconds(1), .milliseconds(Int(5_000 / speed)))
        let scenario = Scenario.wallDemo
        // The last scripted call starts then; discovery sees it within two of its rounds.
        let lastStart = Double(scenario.lastCallStartMillis) / 1000 / speed
        try await DemoEmulator.run(scenario, speed: speed) { demo in
            var settings = settings
            settings.floorClosesAt = Date().addingTimeInterval(lastStart + 2 * settings.discoveryInterval.seconds)
            try await run(
                settings, clients: demo.clients, actions: ContactActions(demo.listenClients(settings.listen)), console: console)
        }
    }

    /// The polling wall: one scheduler for every contact, under the account's quota.
    static func run(
        _ settings: WallSettings, clients: WallClients, actions: ContactActions = ContactActions(nil), console: Console
    ) async throws {
        let poller = WallPoller(instanceId: settings.instanceId, configuration: settings.scheduler, fetch: clients.fetch)
        try await watch(
            settings, source: poller, connect: clients.connect, place: clients.place, actions: actions, console: console)
    }

    /// Discovery, the listed contacts and the view (or JSON lines) around a source of the floor.
    static func watch(
        _ settings: WallSettings, source: some FloorSource, connect: ConnectDirectoryClient?, place: String,
        actions: ContactActions, links: StreamContactLookup? = nil, console: Console
    ) async throws {
        let rules: AlertRules
        do { rules = try settings.options.alertRules() } catch { throw FatalError(error.message) }
        var (filter, directory) = (FloorFilter(), NameDirectory())
        if let connect { (filter, directory) = try await resolve(settings, connect: connect) }
        let alertLog = try settings.alertLog.map(AlertLog.init(path:))
        let feed = try settings.contactsFrom.map(ContactFeed.lines(from:))
        // The source's events and what discovery and the command line add, in one stream for the view.
        let (events, continuation) = AsyncStream<WallEvent>.makeStream(bufferingPolicy: .unbounded)
        let emit: @Sendable (WallEvent) -> Void = { continuation.yield($0) }
        let failure = Mutex<String?>(nil)
        var tasks: [Task<Void, Never>] = [
            Task { await source.run() },
            Task {
                for await event in source.events {
                    if case .stream(.failed(let message)) = event { failure.withLock { $0 = message } }
                    emit(event)
                    links?.saw(event, emit: emit)
                }
            },
        ]
        if !filter.isEmpty, let connect {
            // A contact a transfer began is linked to its earlier leg's row (ListAssociatedContacts).
            let finder = transferFinder(connect, instanceId: settings.instanceId)
            let watcher = FloorWatcher(
                instanceId: settings.instanceId, filter: filter, client: connect, interval: settings.discoveryInterval,
                arrival: { await finder.arrival(of: $0) })
            tasks.append(Task { await watcher.run(directory: directory, source: source, emit: emit) })
        }
        if let queues = queueWatcher(settings, filter: filter, directory: directory, connect: connect) {
            tasks.append(Task { await queues.run(emit: emit) })
        }
        let listed = settings.contactIds
        let feedDone = FeedState()
        tasks.append(
            Task {
                for id in listed { await add(id, source, emit) }
                if let feed {
                    for await id in feed { await add(id, source, emit) }
                }
                feedDone.finish()
                emit(.discovery(problem: nil))
            })
        defer { for task in tasks { task.cancel() } }
        let scope = "\(settings.scope) · \(place)"
        // Listed contacts end the stream of lines when they are all over; a floor or a whole stream never ends.
        let endsWhenDone = filter.isEmpty && !settings.watchesWholeStream
        // A failed command is said once, in the header (or on standard error without a view).
        let inView = settings.format == nil && isatty(STDOUT_FILENO) == 1
        let commands = settings.onAlert.map { command in
            AlertCommandRunner(command: command) { inView ? emit(.notice($0)) : console.note("lenstail: \($0)\n") }
        }
        let onAlert: @Sendable (WallAlert) -> Void = { alert in
            try? alertLog?.write(alert)
            commands?.submit(AlertCommandInput(alert))
            // A queue's alert has no contact to poll sooner.
            if alert.kind != .wait { Task { await source.setAlert(alert.contactId) } }
        }
        if inView {
            let exit: TerminalExit
            do {
                exit = try await TerminalProgram.run(
                    name: "wall", mouse: settings.mouse,
                    feeds: [.engine(events, WallMessage.engine), .updates(actions.updates, WallMessage.act)],
                    program: { size in
                        ScreenStack(
                            WallScreen(
                                try WallState(
                                    instanceId: settings.instanceId, scope: scope, options: settings.options, size: size)))
                    },
                    perform: { request in
                        switch request {
                        case .alert(let alert):
                            onAlert(alert)
                            return []
                        case .act(let request):
                            return actions.perform(request).map(WallMessage.act)
                        }
                    })
            } catch {
                console.note("lenstail: \(error); streaming JSON lines instead\n")
                return try await WallLines.print(
                    events, rules: rules, format: .jsonl, endsWhenDone: endsWhenDone, feed: feedDone,
                    closesAt: settings.floorClosesAt, alertWait: settings.options.alertWait, onAlert: onAlert,
                    console: console)
            }
            if case .interrupted(let signal) = exit { throw Interrupted(signal: signal) }
            // The source stopped on a fatal error: the view showed it, the exit status says it.
            if let failure = failure.withLock({ $0 }) { throw FatalError(failure) }
            return
        }
        try await WallLines.print(
            events, rules: rules, format: settings.format ?? .jsonl, endsWhenDone: endsWhenDone, feed: feedDone,
            closesAt: settings.floorClosesAt, alertWait: settings.options.alertWait, onAlert: onAlert,
            console: console)
        // Every call ended: the last alerts' commands finish (each within its time limit) before lenstail does.
        await commands?.finish()
    }

    /// The queue strip's source: the wall's queues (`--queue`) every 5 s, when Amazon Connect is asked.
    static func queueWatcher(
        _ settings: WallSettings, filter: FloorFilter, directory: NameDirectory, connect: ConnectDirectoryClient?
    ) -> QueueWatcher? {
        guard let connect, !filter.queues.isEmpty else { return nil }
        return QueueWatcher(
            instanceId: settings.instanceId,
            queues: filter.queues.map { QueueWatcher.Queue(id: $0, name: directory.name(of: $0, .queue) ?? $0) },
            client: ConnectClient(service: connect.service), interval: settings.queueInterval)
    }

    private static func add(_ id: String, _ source: some FloorSource, _ emit: @Sendable (WallEvent) -> Void) async {
        emit(.listed(contactId: id))
        await source.add(id, channel: .auto)
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
    private let lock = Lock()
    private var done = false
    var isDone: Bool { lock.withLock { done } }
    func finish() { lock.withLock { done = true } }
}
