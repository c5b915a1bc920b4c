import FoundationEssentials

/// `ListAssociatedContacts` (`GET /contact/associated/{InstanceId}?contactId=…`): every leg of a
/// contact's chain of transfers, each with the leg it came from. Paged by `nextToken`.
package enum ListAssociatedContacts {
    package static let method = "GET"
    package static let maxResultsRange = 1...100

    package static func path(instanceId: String) -> String { "/contact/associated/\(ConnectPath.label(instanceId))" }
}

/// `ListAssociatedContactsRequest`: the contact id, page size and token travel in the query.
package struct ListAssociatedContactsRequest: Hashable, Sendable {
    package var instanceId: String
    package var contactId: String
    package var maxResults: Int?
    package var nextToken: String?

    package init(instanceId: String, contactId: String, maxResults: Int? = nil, nextToken: String? = nil) {
        self.instanceId = instanceId
        self.contactId = contactId
        self.maxResults = maxResults
        self.nextToken = nextToken
    }

    package func validate() throws(RequestValidationError) {
        try ConnectCheck.ids(instanceId: instanceId, contactId: contactId)
        try ConnectCheck.value(maxResults, ListAssociatedContacts.maxResultsRange, "MaxResults")
    }

    /// The path and query, as botocore writes them (`contactId`, `maxResults`, `nextToken`).
    package var pathAndQuery: String {
        var query = ["contactId=\(ConnectPath.label(contactId))"]
        if let maxResults { query.append("maxResults=\(maxResults)") }
        if let nextToken { query.append("nextToken=\(ConnectPath.label(nextToken))") }
        return ListAssociatedContacts.path(instanceId: instanceId) + "?" + query.joined(separator: "&")
    }
}

/// `ListAssociatedContactsResponse`.
package struct ListAssociatedContactsResponse: Codable, Hashable, Sendable {
    package var contactSummaryList: [AssociatedContactSummary]
    package var nextToken: String?

    package init(contactSummaryList: [AssociatedContactSummary], nextToken: String? = nil) {
        self.contactSummaryList = contactSummaryList
        self.nextToken = nextToken
    }

    enum CodingKeys: String, CodingKey {
        case contactSummaryList = "ContactSummaryList"
        case nextToken = "NextToken"
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        contactSummaryList = try c.decodeIfPresent([AssociatedContactSummary].self, forKey: .contactSummaryList) ?? []
        nextToken = try c.decodeIfPresent(String.self, forKey: .nextToken)
    }
}

/// `AssociatedContactSummary`: one leg of the chain.
package struct AssociatedContactSummary: Codable, Hashable, Sendable {
    package var contactId: String?
    package var contactArn: String?
    package var initiationTimestamp: Date?
    package var disconnectTimestamp: Date?
    package var initialContactId: String?
    package var previousContactId: String?
    package var relatedContactId: String?
    package var initiationMethod: ContactInitiationMethod?
    package var channel: String?

    package init(
        contactId: String?, contactArn: String? = nil, initiationTimestamp: Date? = nil, disconnectTimestamp: Date? = nil,
        initialContactId: String? = nil, previousContactId: String? = nil, relatedContactId: String? = nil,
        initiationMethod: ContactInitiationMethod? = nil, channel: String? = nil
    ) {
        self.contactId = contactId
        self.contactArn = contactArn
        self.initiationTimestamp = initiationTimestamp
        self.disconnectTimestamp = disconnectTimestamp
        self.initialContactId = initialContactId
        self.previousContactId = previousContactId
        self.relatedContactId = relatedContactId
        self.initiationMethod = initiationMethod
        self.channel = channel
    }

    enum CodingKeys: String, CodingKey {
        case contactId = "ContactId"
        case contactArn = "ContactArn"
        case initiationTimestamp = "InitiationTimestamp"
        case disconnectTimestamp = "DisconnectTimestamp"
        case initialContactId = "InitialContactId"
        case previousContactId = "PreviousContactId"
        case relatedContactId = "RelatedContactId"
        case initiationMethod = "InitiationMethod"
        case channel = "Channel"
    }
}

extension [AssociatedContactSummary] {
    /// The legs that came straight from `contactId` (its transfers), oldest first.
    package func legs(after contactId: String) -> [AssociatedContactSummary] {
        filter { $0.previousContactId == contactId }
            .sorted { ($0.initiationTimestamp ?? .distantFuture) < ($1.initiationTimestamp ?? .distantFuture) }
    }
}
