import ContactLensModel

extension ConnectClient {
    /// One page of SearchUsers.
    package func searchUsers(_ request: SearchUsersRequest) async throws(ClientError) -> SearchUsersResponse {
        try Self.checked(request.validate)
        var page = try await post("SearchUsers", path: SearchUsers.path, body: request, as: SearchUsersResponse.self)
        if page.nextToken?.isEmpty == true { page.nextToken = nil }
        return page
    }

    /// Every user matching `criteria`, following NextToken.
    package func allUsers(instanceId: String, matching criteria: UserSearchCriteria?, pageSize: Int = 100)
        async throws(ClientError) -> [UserSearchSummary]
    {
        try await Self.pages { (token: String?) throws(ClientError) in
            let page = try await searchUsers(
                SearchUsersRequest(instanceId: instanceId, searchCriteria: criteria, maxResults: pageSize, nextToken: token))
            return (page.users, page.nextToken)
        }
    }
}
