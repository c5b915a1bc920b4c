import ContactLensModel

extension ConnectClient {
    /// One page of SearchContacts.
    package func searchContacts(_ request: SearchContactsRequest) async throws(ClientError) -> SearchContactsResponse {
        try Self.checked(request.validate)
        var page = try await post("SearchContacts", path: SearchContacts.path, body: request, as: SearchContactsResponse.self)
        if page.nextToken?.isEmpty == true { page.nextToken = nil }
        return page
    }

    /// Up to `limit` contacts, following NextToken, and the total the first page announced.
    package func searchContacts(_ request: SearchContactsRequest, limit: Int) async throws(ClientError)
        -> (contacts: [ContactSearchSummary], totalCount: Int?)
    {
        var total: Int?
        let contacts = try await Self.pages(limit: limit, first: request.nextToken) { (token: String?) throws(ClientError) in
            var paged = request
            paged.nextToken = token
            if let max = paged.maxResults { paged.maxResults = min(max, SearchContacts.maxResultsRange.upperBound) }
            let page = try await searchContacts(paged)
            total = total ?? page.totalCount
            return (page.contacts, page.nextToken)
        }
        return (contacts, total)
    }
}
