import AWSClient
import ContactLensModel

/// Names of queues, agents and routing profiles by id, from the List… calls: loaded once per
/// kind and kept. Command-line names resolve to ids through it.
package struct NameDirectory: Sendable {
    private var byKind: [DirectoryKind: [ResourceSummary]] = [:]

    package init(_ entries: [DirectoryKind: [ResourceSummary]] = [:]) { byKind = entries }

    func isLoaded(_ kind: DirectoryKind) -> Bool { byKind[kind] != nil }

    package mutating func set(_ kind: DirectoryKind, _ items: [ResourceSummary]) { byKind[kind] = items }

    /// The name of `id` (or of the resource an ARN names), if listed.
    package func name(of id: String?, _ kind: DirectoryKind) -> String? {
        guard let id else { return nil }
        return byKind[kind]?.first { $0.id == id || $0.arn == id }?.name
    }

    /// The id of what the user typed: an id or ARN as is when listed, else a name (exact, then
    /// ignoring case), when one thing has it. Throws one line naming the choices: the ids of the
    /// things an ambiguous name names, or the names listed when none is called so.
    package func resolve(_ text: String, _ kind: DirectoryKind, instanceId: String) throws(WallSetupError) -> String {
        let items = byKind[kind] ?? []
        if let item = items.first(where: { $0.id == text || $0.arn == text }) { return item.id }
        var named = items.filter { $0.name == text }
        if named.isEmpty { named = items.filter { $0.name.lowercased() == text.lowercased() } }
        if named.count == 1 { return named[0].id }
        let typed = TerminalText.sanitize(text)
        if named.count > 1 {
            let ids = named.map { "\(TerminalText.sanitize($0.name)) (\(TerminalText.sanitize($0.id)))" }
            throw WallSetupError("\(kind.noun) '\(typed)' is ambiguous: give one of the ids: " + Self.some(ids))
        }
        if text.hasPrefix("arn:") { return text }
        let listed = items.isEmpty ? "" : ": " + Self.some(Set(items.map { TerminalText.sanitize($0.name) }).sorted())
        throw WallSetupError(
            "no \(kind.noun) '\(typed)' in instance \(TerminalText.sanitize(instanceId)) "
                + "(\(items.count) listed by \(kind.operation)\(listed))")
    }

    /// The first few of a list, for a one-line message.
    static func some(_ values: [String], first: Int = 8) -> String {
        values.prefix(first).joined(separator: ", ") + (values.count > first ? ", … (\(values.count - first) more)" : "")
    }

    /// Lists the kinds not loaded yet.
    package mutating func load(_ kinds: [DirectoryKind], instanceId: String, client: ConnectDirectoryClient)
        async throws(ClientError)
    {
        for kind in kinds where !isLoaded(kind) {
            set(kind, try await client.listAll(kind, instanceId: instanceId))
        }
    }
}

/// A wall that cannot start: one line.
package struct WallSetupError: Error, Hashable, Sendable, CustomStringConvertible {
    package let message: String
    package init(_ message: String) { self.message = message }
    package var description: String { message }
}
