import AWSClient
import ContactLensModel
import Foundation
import LensEngine
import LensSimulator
import LensTerminal
import LensUI

/// `lenstail search` and `lenstail demo --history`: names to ids, the search, then the list
/// screen on a terminal, else a table or JSON lines.
package enum SearchSession {
    package static func run(_ settings: SearchSettings, console: Console = .standard) async throws {
        let clients = try settings.aws.makeWallClients()
        let source: String
        do { source = try await clients.lens.credentials.resolve().source } catch { throw FatalError(String(describing: error)) }
        try await run(settings, clients: clients, credentialSource: source, console: console)
    }

    /// The day of contacts the emulator holds (the last 24 hours), searched and opened as from AWS.
    package static func demo(format: OutputFormat?, console: Console = .standard) async throws {
        let now = Date()
        var settings = SearchSettings(
            instanceId: DemoIdentity.instanceId,
            timeRange: SearchContactsTimeRange(startTime: now.addingTimeInterval(-24 * 3600), endTime: now))
        settings.format = format
        try await DemoEmulator.run(.history, speed: 1) { demo in
            try await run(settings, clients: demo.clients, credentialSource: DemoEmulator.credentialSource, console: console)
        }
    }

    static func run(
        _ settings: SearchSettings, clients: WallClients, credentialSource: String?, console: Console,
        terminal: Bool = isatty(STDOUT_FILENO) == 1
    ) async throws {
        let started = ContinuousClock.now
        let (request, directory) = try await request(settings, connect: clients.connect)
        let searcher = ContactSearcher(
            client: ConnectClient(service: clients.connect.service), credentialSource: credentialSource)
        let result = try await searcher.search(request, limit: settings.limit)
        let rows = result.contacts.map { row($0, directory) }
        if settings.format == nil, terminal {
            do {
                try await show(
                    result, rows: rows, settings, clients: clients, credentialSource: credentialSource, started: started)
                return
            } catch let error as Interrupted {
                throw error
            } catch {
                console.note("lenstail: \(error); printing a table instead\n")
            }
        }
        try print(result, rows: rows, format: settings.format ?? .text, console: console)
    }

    /// The request once names are ids. The queue and user listings are read for the rows' names
    /// too; when they cannot be read and no name needs them, the rows show ids.
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
        var queueIds: [String] = []
        var agentIds: [String] = []
        do {
            for name in settings.queues { queueIds.append(try directory.resolve(name, .queue, instanceId: settings.instanceId)) }
            for name in settings.agents { agentIds.append(try directory.resolve(name, .user, instanceId: settings.instanceId)) }
        } catch {
            throw FatalError(error.message)
        }
        let request = SearchContactsRequest(
            instanceId: settings.instanceId, timeRange: settings.timeRange,
            searchCriteria: settings.criteria(queueIds: queueIds, agentIds: agentIds, groups: settings.hierarchy),
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
        _ result: SearchResult, rows: [ContactListRow], _ settings: SearchSettings, clients: WallClients,
        credentialSource: String?, started: ContinuousClock.Instant
    ) async throws {
        let opener = ContactOpener(
            instanceId: settings.instanceId, clients: clients, credentialSource: credentialSource,
            interval: .milliseconds(Int64(1000 / settings.openRate)))
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
