import AWSSigV4

/// An HTTP request as the simulator core sees it: no Hummingbird types, so the core is testable.
struct IncomingRequest: Sendable {
    var method: String
    /// Percent-encoded, as received.
    var path: String
    var query: String
    /// Includes `Host`.
    var headers: [HTTPHeader]
    var body: [UInt8]
}

/// An HTTP response from the simulator core: status, headers, JSON body.
struct SimulatorResponse: Sendable {
    var status: Int
    var headers: [HTTPHeader]
    var body: [UInt8]
}
