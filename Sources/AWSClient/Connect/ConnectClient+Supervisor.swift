import ContactLensModel

extension ConnectClient {
    /// Looks the candidates up in turn with SearchUsers (or, when SearchUsers is not allowed, the
    /// ListUsers listing) and answers the first user found; none found is one line naming --user.
    package func resolveSupervisor(_ candidates: [SupervisorCandidate], instanceId: String) async throws(ClientError)
        -> SupervisorResolution
    {
        guard !candidates.isEmpty else { return .notFound(SupervisorResolver.noCandidate) }
        var listing: [UserSearchSummary]?
        for candidate in candidates {
            if listing == nil {
                do {
                    let users = try await allUsers(
                        instanceId: instanceId, matching: SupervisorResolver.criteria(for: candidate.value))
                    if let user = SupervisorResolver.match(candidate.value, in: users) { return .found(user, candidate) }
                    continue
                } catch let error where error.isAccessDenied {
                    listing = try await listUsers(instanceId: instanceId)
                }
            }
            if let user = SupervisorResolver.match(candidate.value, in: listing ?? []) { return .found(user, candidate) }
        }
        return .notFound(SupervisorResolver.notFound(candidates, instanceId: instanceId))
    }

    /// Every user of the instance from ListUsers (id, ARN and username only).
    package func listUsers(instanceId: String) async throws(ClientError) -> [UserSearchSummary] {
        try Self.checked { () throws(RequestValidationError) in try ConnectCheck.ids(instanceId: instanceId) }
        return try await Self.pages { (token: String?) throws(ClientError) in
            var path = DirectoryKind.user.path(instanceId: instanceId) + "?maxResults=1000"
            if let token { path += "&nextToken=\(ConnectPath.label(token))" }
            let response = try await service.send(method: "GET", path: path, body: [])
            let page: DirectoryPage
            do { page = try DirectoryPage.decode(response.body, kind: .user) } catch {
                throw .malformedResponse("ListUsers: \(DecodingFailure.describe(error))")
            }
            return (page.items.map { UserSearchSummary(arn: $0.arn, id: $0.id, username: $0.name) }, page.nextToken)
        }
    }
}

extension ClientError {
    /// The service refused the caller's identity the action (AccessDeniedException).
    package var isAccessDenied: Bool {
        if case .service(let error) = self { return error.code == ServiceErrorCode.accessDenied.rawValue }
        return false
    }
}
