import AWSClient
import ContactLensModel

/// The Amazon Connect calls that find where a transfer went, one attempt each (the finder paces
/// and retries): ListAssociatedContacts (every page), DescribeContact, and the listings that name
/// a queue or an agent. Closures, so tables can stand in for the service.
package struct TransferCalls: Sendable {
    package var associatedContacts: @Sendable (_ contactId: String) async throws(ClientError) -> [AssociatedContactSummary]
    package var describeContact: @Sendable (_ contactId: String) async throws(ClientError) -> Contact
    package var list: @Sendable (DirectoryKind) async throws(ClientError) -> [ResourceSummary]

    package init(
        associatedContacts: @escaping @Sendable (String) async throws(ClientError) -> [AssociatedContactSummary],
        describeContact: @escaping @Sendable (String) async throws(ClientError) -> Contact,
        list: @escaping @Sendable (DirectoryKind) async throws(ClientError) -> [ResourceSummary]
    ) {
        self.associatedContacts = associatedContacts
        self.describeContact = describeContact
        self.list = list
    }

    /// Through Connect's clients for `instanceId`.
    package init(connect: ConnectClient, directory: ConnectDirectoryClient, instanceId: String) {
        self.init(
            associatedContacts: { contactId throws(ClientError) in
                try await connect.allAssociatedContacts(instanceId: instanceId, contactId: contactId)
            },
            describeContact: { contactId throws(ClientError) in
                try await connect.describeContact(instanceId: instanceId, contactId: contactId)
            },
            list: { kind throws(ClientError) in try await directory.listAll(kind, instanceId: instanceId) })
    }
}
