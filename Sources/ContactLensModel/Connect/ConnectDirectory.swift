import Foundation

/// Path pieces of Amazon Connect's rest-json operations.
package enum ConnectPath {
    /// A URI label percent-encoded as botocore does (RFC 3986 unreserved characters kept).
    package static func label(_ value: String) -> String {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)...Unicode.Scalar(127)))
        allowed.insert(charactersIn: "-._~")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
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
        let object = try JSONSerialization.jsonObject(with: Data(body.isEmpty ? Array("{}".utf8) : body))
        guard let top = object as? [String: Any] else { throw RequestValidationError("\(kind.operation): not a JSON object") }
        let list = top[kind.listKey] as? [[String: Any]] ?? []
        let items = list.compactMap { entry -> ResourceSummary? in
            guard let id = entry["Id"] as? String else { return nil }
            return ResourceSummary(id: id, arn: entry["Arn"] as? String, name: entry[kind.nameKey] as? String ?? id)
        }
        return DirectoryPage(items: items, nextToken: top["NextToken"] as? String)
    }

    /// The page as the service writes it.
    package func encoded(kind: DirectoryKind) -> [UInt8] {
        var top: [String: Any] = [
            kind.listKey: items.map { item -> [String: Any] in
                var entry: [String: Any] = ["Id": item.id, kind.nameKey: item.name]
                if let arn = item.arn { entry["Arn"] = arn }
                return entry
            }
        ]
        if let nextToken { top["NextToken"] = nextToken }
        return Array((try? JSONSerialization.data(withJSONObject: top, options: [.sortedKeys])) ?? Data("{}".utf8))
    }
}
