import ContactLensModel
import FoundationEssentials

extension ConnectClient {
    /// MonitorContact: the supervisor's softphone joins the contact. The request gets a
    /// ClientToken (a new UUID unless it has one) that every retry reuses, so a retry after a
    /// lost answer gets the same monitoring contact instead of ringing the supervisor twice.
    /// Throttling, 5xx and broken connections are retried under `retry`; the rest fail at once.
    package func monitorContact(
        _ request: MonitorContactRequest, retry: RetryPolicy = .standard, clock: any Clock<Duration> = ContinuousClock()
    ) async throws(ClientError) -> MonitorContactResponse {
        var request = request
        if request.clientToken == nil { request.clientToken = UUID().uuidString.lowercased() }
        try Self.checked(request.validate)
        let sent = request
        return try await retry.run(clock: clock) { () async throws(ClientError) -> MonitorContactResponse in
            try await post("MonitorContact", path: MonitorContact.path, body: sent, as: MonitorContactResponse.self)
        }
    }
}
