import FoundationEssentials
import LensBasics

/// Path pieces of Amazon Connect's rest-json operations.
package enum ConnectPath {
    /// A URI label percent-encoded as botocore does (RFC 3986 unreserved characters kept).
    package static func label(_ value: String) -> String {
        value.percentEncoded(keeping: \.isUnreservedInURI)
    }

    /// `InstanceId`: 1 to 100 characters.
    package static func checkInstanceId(_ id: String) throws(RequestValidationError) {
        if !(1...100).contains(id.unicodeScalars.count) {
            throw RequestValidationError("InstanceId must be 1 to 100 characters (got \(id.unicodeScalars.count))")
        }
    }
}

/// The name listings the wall and the search resolve names with: `ListQueues`, `ListUsers`,
/// `ListRoutingProfiles` and `ListUserHierarchyGroups` (GET, `maxResults` 1-1000 and
/// `nextToken` in the query).
package enum DirectoryKind: String, CaseIterable, Hashable, Sendable {
    case queue, user, routingProfile, hierarchyGroup

    package func path(instanceId: String) -> String {
        let prefix =
            switch self {
            case .queue: "/queues-summary/"
            case .user: "/users-summary/"
            case .routingProfile: "/routing-profiles-summary/"
            case .hierarchyGroup: "/user-hierarchy-groups-summary/"
            }
        return prefix + ConnectPath.label(instanceId)
    }

    package var operation: String {
        switch self {
        case .queue: "ListQueues"
        case .user: "ListUsers"
        case .routingProfile: "ListRoutingProfiles"
        case .hierarchyGroup: "ListUserHierarchyGroups"
        }
    }

    /// The response member holding the page's summaries.
    package var listKey: String {
        switch self {
        case .queue: "QueueSummaryList"
        case .user: "UserSummaryList"
        case .routingProfile: "RoutingProfileSummaryList"
        case .hierarchyGroup: "UserHierarchyGroupSummaryList"
        }
    }

    /// The summary member holding the name (users have a `Username`).
    package var nameKey: String { self == .user ? "Username" : "Name" }

    /// What a person calls it, for messages.
    package var noun: String {
        switch self {
        case .queue: "queue"
        case .user: "agent"
        case .routingProfile: "routing profile"
        case .hierarchyGroup: "hierarchy group"
        }
    }

    package static let maxResultsRange = 1...1000
}

/// One entry of a listing: `QueueSummary`, `UserSummary`, `RoutingProfileSummary`,
/// `HierarchyGroupSummary`.
package struct ResourceSummary: Hashable, Sendable {
    package var id: String
    package var arn: String?
    package var name: String

    package init(id: String, arn: String? = nil, name: String) {
        self.id = id
        self.arn = arn
        self.name = name
    }
}

/// One page of a listing.
package struct DirectoryPage: Hashable, Sendable {
    package var items: [ResourceSummary]
    package var nextToken: String?

    package init(items: [ResourceSummary], nextToken: String?) {
        self.items = items
        self.nextToken = nextToken
    }

    /// Reads a page of `kind`; summaries without an id are skipped.
    package static func decode(_ body: [UInt8], kind: DirectoryKind) throws -> DirectoryPage {
        let top = try JSONValue.parse(body.isEmpty ? Array("{}".utf8) : body)
        guard top.members != nil else { throw RequestValidationError("\(kind.operation): not a JSON object") }
        let list = top[member: kind.listKey]?.array ?? []
        let items = list.compactMap { entry -> ResourceSummary? in
            guard let id = entry[member: "Id"]?.string else { return nil }
            return ResourceSummary(id: id, arn: entry[member: "Arn"]?.string, name: entry[member: kind.nameKey]?.string ?? id)
        }
        return DirectoryPage(items: items, nextToken: top[member: "NextToken"]?.string)
    }

    /// The page as the service writes it.
    package func encoded(kind: DirectoryKind) -> [UInt8] {
        var top: [(String, JSONValue)] = [
            (
                kind.listKey,
                .array(
                    items.map { item in
                        var entry: [(String, JSONValue)] = [("Id", .string(item.id)), (kind.nameKey, .string(item.name))]
                        if let arn = item.arn { entry.append(("Arn", .string(arn))) }
                        return .object(entry)
                    })
            )
        ]
        if let nextToken { top.append(("NextToken", .string(nextToken))) }
        return JSONValue.object(top).sortedLikeJSONSerialization
    }
}
