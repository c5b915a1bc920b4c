import AWSClient
import ContactLensModel
import FoundationEssentials
import LensBasics
import LensEngine
import LensSimulator
import LensTerminal
import LensUI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `lenstail search` and `lenstail demo --history`: names to ids, the search, then the list
/// screen on a terminal, else a table or JSON lines.
package enum SearchSession {
    package static func run(_ settings: SearchSettings, console: Console = .standard) async throws {
        let clients = try settings.aws.makeWallClients()
        let s3 = try settings.aws.makeS3Client(sharing: clients.connect.service)
        let source: String
        do { source = try await clients.lens.credentials.resolve().source } catch { throw FatalError(String(describing: error)) }
        try await run(settings, clients: clients, s3: s3, credentialSource: source, console: console)
    }

    /// The day of contacts the emulator holds (the last 24 hours), searched and opened as from AWS.
    package static func demo(format: OutputFormat?, console: Console = .standard) async throws {
        let now = Date()
        var settings = SearchSettings(
            instanceId: DemoIdentity.instanceId,
            timeRange: SearchContactsTimeRange(startTime: now.addingTimeInterval(-24 * 3600), endTime: now))
        settings.format = format
        try await DemoEmulator.run(.history, speed: 1) { demo in
            try await run(
                settings, clients: demo.clients, s3: demo.s3, credentialSource: DemoEmulator.credentialSource, console: console)
        }
    }

    static func run(
        _ settings: SearchSettings, clients: WallClients, s3: S3Client? = nil, credentialSource: String?, console: Console,
        terminal: Bool = isatty(STDOUT_FILENO) == 1
    ) async throws {
        let started = ContinuousClock.now
        let (result, rows) = try await rows(settings, clients: clients, credentialSource: credentialSource)
        if settings.format == nil, terminal {
            do {
                try await show(
                    result, rows: rows, settings, clients: clients, s3: s3, credentialSource: credentialSource,
                    started: started)
                return
            } catch let error as Interrupted {
                throw error
            } catch {
                console.note("lenstail: \(error); printing a table instead\n")
            }
        }
        try print(result, rows: rows, format: settings.format ?? .text, console: console)
    }

    /// What the list and the table show: names resolved, the pages fetched, a row a contact.
    package static func rows(_ settings: SearchSettings, clients: WallClients, credentialSource: String?) async throws
        -> (SearchResult, [ContactListRow])
    {
        let (request, directory) = try await request(settings, connect: clients.connect)
        let searcher = ContactSearcher(
            client: ConnectClient(service: clients.connect.service), credentialSource: credentialSource)
        let result = try await searcher.search(request, limit: settings.limit)
        return (result, result.contacts.map { row($0, directory) })
    }

    /// The request once names are ids. The queue and user listings are read for the rows' names
    /// too; when they cannot be read and no name needs them, the rows show ids. Hierarchy groups
    /// are listed (ListUserHierarchyGroups) only when `--hierarchy-group` names some.
    static func request(_ settings: SearchSettings, connect: ConnectDirectoryClient) async throws
        -> (SearchContactsRequest, NameDirectory)
    {
        var directory = NameDirectory()
        let needed = !settings.queues.isEmpty || !settings.agents.isEmpty
        do {
            try await directory.load([.user, .queue], instanceId: settings.instanceId, client: connect)
        } catch {
            if needed { throw FatalError("cannot list the instance's names: \(error.advice(credentialSource: nil))") }
        }
        if settings.hierarchy != nil {
            do { try await directory.load([.hierarchyGroup], instanceId: settings.instanceId, client: connect) } catch {
                throw FatalError("cannot list the instance's hierarchy groups: \(error.advice(credentialSource: nil))")
            }
        }
        var queueIds: [String] = []
        var agentIds: [String] = []
        var groups: AgentHierarchyGroups?
        do {
            for name in settings.queues { queueIds.append(try directory.resolve(name, .queue, instanceId: settings.instanceId)) }
            for name in settings.agents { agentIds.append(try directory.resolve(name, .user, instanceId: settings.instanceId)) }
            groups = try settings.hierarchy?.resolved { name throws(WallSetupError) in
                try directory.resolve(name, .hierarchyGroup, instanceId: settings.instanceId)
            }
        } catch {
            throw FatalError(error.message)
        }
        let request = SearchContactsRequest(
            instanceId: settings.instanceId, timeRange: settings.timeRange,
            searchCriteria: settings.criteria(queueIds: queueIds, agentIds: agentIds, groups: groups),
            sort: SearchContactsSort(fieldName: "INITIATION_TIMESTAMP", order: .descending))
        return (request, directory)
    }

    /// A found contact as the list and the table show it, with names where the listings have them.
    static func row(_ contact: FoundContact, _ directory: NameDirectory) -> ContactListRow {
        let s = contact.summary
        let agentId = s.agentInfo?.id
        let queueId = s.queueInfo?.id
        return ContactListRow(
            contactId: contact.id, start: s.initiationTimestamp, end: s.disconnectTimestamp, channel: s.channel ?? "—",
            agent: directory.name(of: agentId, .user) ?? agentId, queue: directory.name(of: queueId, .queue) ?? queueId,
            initiation: s.initiationMethod?.rawValue)
    }

    /// The table (the count on its own line first), or one contact a line as the service wrote it
    /// with its times in ISO 8601; then the count on standard error.
    static func print(_ result: SearchResult, rows: [ContactListRow], format: OutputFormat, console: Console) throws {
        switch format {
        case .jsonl:
            var out = ""
            for contact in result.contacts { out += contact.object.isoTimestamps().jsonLine + "\n" }
            try console.out(out)
            console.note("lenstail: \(result.countText)\n")
        case .text:
            try console.out(SearchTable.text(rows, countText: result.countText, timeZone: .current, now: Date()))
        }
    }

    /// The list screen until the user quits; an opened contact's events come in as messages.
    static func show(
        _ result: SearchResult, rows: [ContactListRow], _ settings: SearchSettings, clients: WallClients, s3: S3Client?,
        credentialSource: String?, started: ContinuousClock.Instant
    ) async throws {
        var opener = ContactOpener(
            instanceId: settings.instanceId, clients: clients, credentialSource: credentialSource,
            interval: .milliseconds(Int64(1000 / settings.openRate)))
        opener.fromFile = s3.map {
            ContactOpener.analysisFiles(
                instanceId: settings.instanceId, connect: ConnectClient(service: clients.connect.service), s3: $0,
                credentialSource: credentialSource)
        }
        let reader = OpenedContact(opener: opener, contacts: result.contacts)
        defer { reader.stop() }
        let scope = settings.scope + " · " + clients.place
        let exit = try await TerminalProgram.run(
            name: "search", mouse: settings.mouse, feeds: [.engine(reader.messages) { $0 }],
            program: { size in
                ScreenStack(
                    ContactListScreen(
                        ContactListState(rows: rows, scope: scope, countText: result.countText, size: size),
                        instanceId: settings.instanceId, place: clients.place))
            },
            perform: { request in
                reader.perform(request)
                return []
            })
        if case .interrupted(let signal) = exit { throw Interrupted(signal: signal) }
    }
}

extension AgentHierarchyGroups {
    /// The groups with each name, id or ARN of every level given to `resolve`.
    func resolved(_ resolve: (String) throws(WallSetupError) -> String) throws(WallSetupError) -> AgentHierarchyGroups {
        func each(_ values: [String]?) throws(WallSetupError) -> [String]? {
            guard let values else { return nil }
            var ids: [String] = []
            for value in values { ids.append(try resolve(value)) }
            return ids
        }
        return AgentHierarchyGroups(
            l1Ids: try each(l1Ids), l2Ids: try each(l2Ids), l3Ids: try each(l3Ids), l4Ids: try each(l4Ids),
            l5Ids: try each(l5Ids))
    }
}
