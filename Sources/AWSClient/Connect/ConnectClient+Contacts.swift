import ContactLensModel

extension ConnectClient {
    /// DescribeContact: the contact with its transfer links (PreviousContactId, InitialContactId,
    /// NextContacts) and times.
    package func describeContact(instanceId: String, contactId: String) async throws(ClientError) -> Contact {
        try Self.checked { () throws(RequestValidationError) in
            try ConnectCheck.ids(instanceId: instanceId, contactId: contactId)
        }
        let answer = try await get(
            "DescribeContact", path: DescribeContact.path(instanceId: instanceId, contactId: contactId),
            as: DescribeContactResponse.self)
        guard let contact = answer.contact else { throw .malformedResponse("DescribeContact: the answer has no Contact") }
        return contact
    }

    /// One page of ListAssociatedContacts.
    package func listAssociatedContacts(_ request: ListAssociatedContactsRequest) async throws(ClientError)
        -> ListAssociatedContactsResponse
    {
        try Self.checked(request.validate)
        var page = try await get("ListAssociatedContacts", path: request.pathAndQuery, as: ListAssociatedContactsResponse.self)
        if page.nextToken?.isEmpty == true { page.nextToken = nil }
        return page
    }

    /// Every leg of the contact's chain, following nextToken.
    package func allAssociatedContacts(instanceId: String, contactId: String, pageSize: Int = 100) async throws(ClientError)
        -> [AssociatedContactSummary]
    {
        try await Self.pages { (token: String?) throws(ClientError) in
            let page = try await listAssociatedContacts(
                ListAssociatedContactsRequest(
                    instanceId: instanceId, contactId: contactId, maxResults: pageSize, nextToken: token))
            return (page.contactSummaryList, page.nextToken)
        }
    }
}
