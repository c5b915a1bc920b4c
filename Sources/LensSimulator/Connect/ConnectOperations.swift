import AWSSigV4
import ContactLensModel
import FoundationEssentials
import LensBasics

/// Amazon Connect's operations for acting on calls and looking back, over a scenario's floor:
/// MonitorContact, SearchUsers, ListAssociatedContacts, GetCurrentMetricData, SearchContacts,
/// ListInstanceStorageConfigs (and the contact records DescribeContact answers from), plus STS
/// GetCallerIdentity for the demo identity. Each request is SigV4-verified, held to its own quota
/// when quotas are on, and validated as the model says. Pure: time is passed in.
struct ConnectOperations: Sendable {
    let verifier: SigV4Verifier
    let stsVerifier: SigV4Verifier
    let deniedAccessKeys: Set<String>
    let deniedActions: Set<String>
    let instanceIds: Set<String>
    let floor: ScenarioFloor?
    let instance: ScenarioInstance
    let schedule: FloorSchedule
    let epoch: Date
    var records: ContactRecords
    var monitors = MonitorState()
    /// One token bucket per operation and access key; nil when the emulator runs without quotas.
    var limiters: [String: RateLimiter]?
    let tokens = PageTokenCodec()

    init(_ configuration: SimulatorConfiguration, epoch: Date, verifier: SigV4Verifier) {
        self.verifier = verifier
        stsVerifier = SigV4Verifier(secrets: verifier.secrets, service: "sts", maxSkew: verifier.maxSkew)
        deniedAccessKeys = configuration.deniedAccessKeys
        deniedActions = configuration.deniedActions
        instanceIds = Set(configuration.scenario.contacts.map(\.instanceId))
        floor = configuration.scenario.floor
        instance = configuration.scenario.instance ?? ScenarioInstance()
        schedule = FloorSchedule(scenario: configuration.scenario, epoch: epoch, speed: configuration.speed)
        self.epoch = epoch
        records = ContactRecords(scenario: configuration.scenario, schedule: schedule)
        limiters = configuration.rateLimit == nil ? nil : [:]
    }

    /// The answer to `request` when it is one of these operations; nil for any other path.
    mutating func respond(to request: IncomingRequest, at now: Date) throws(ErrorResponse) -> Outcome? {
        let path = request.path
        if path == "/" && request.method == "POST" { return stsAnswer(request, at: now) }
        let answer: SimulatorResponse
        switch path {
        case MonitorContact.path: answer = try monitorContact(request, at: now)
        case SearchUsers.path: answer = try searchUsers(request, at: now)
        case SearchContacts.path: answer = try searchContacts(request, at: now)
        case _ where path.hasPrefix(ListAssociatedContacts.path(instanceId: "")):
            answer = try listAssociatedContacts(request, at: now)
        case _ where path.hasPrefix(GetCurrentMetricData.path(instanceId: "")):
            answer = try currentMetricData(request, at: now)
        case _ where path.hasPrefix("/instance/") && path.hasSuffix("/storage-configs"):
            answer = try storageConfigs(request, at: now)
        default: return nil
        }
        return Outcome(response: answer)
    }

    // MARK: Shared steps

    /// The quota of each operation here: GetCurrentMetricData's own (5/s, burst 8), and Connect's
    /// default for the others (2/s, burst 5), per account, apart from Contact Lens's.
    static func quota(_ operation: String) -> RateLimit {
        operation == "GetCurrentMetricData" ? .currentMetricData : .connectDefault
    }

    /// Checks the method, the signature (for `connect`), the identity's permission and the quota;
    /// answers the access key.
    @discardableResult
    mutating func admit(_ request: IncomingRequest, _ operation: String, method: String, at now: Date) throws(ErrorResponse)
        -> String
    {
        guard request.method == method else {
            throw .frontEnd(status: 405, code: "UnknownOperationException", "\(request.method) is not allowed; use \(method)")
        }
        let key: String
        switch verifier.verify(
            method: request.method, path: request.path, query: request.query, headers: request.headers, body: request.body,
            now: now)
        {
        case .success(let verified): key = verified
        case .failure(let error): throw .authentication(code: error.code, message: error.message)
        }
        if deniedAccessKeys.contains(key) || deniedActions.contains(operation) {
            throw .connect(
                "AccessDeniedException", status: 403,
                "User with access key \(key) is not authorized to perform: connect:\(operation)")
        }
        if limiters != nil {
            var limiter = limiters?[operation] ?? RateLimiter(Self.quota(operation))
            let allowed = limiter.allow(key, at: now)
            limiters?[operation] = limiter
            if !allowed { throw .connect("ThrottlingException", status: 429, "Rate exceeded") }
        }
        return key
    }

    /// The JSON body as `T`: not JSON is a SerializationException, a member of the wrong type or a
    /// missing required one the operation's validation error.
    static func body<T: Decodable>(_ type: T.Type, _ request: IncomingRequest, invalid: (String) -> ErrorResponse)
        throws(ErrorResponse) -> T
    {
        let bytes = request.body.isEmpty ? Array("{}".utf8) : request.body
        guard (try? JSONValue.parse(bytes))?.members != nil else {
            throw .frontEnd(status: 400, code: "SerializationException", "The request body is not a JSON object")
        }
        do { return try ConnectJSON.decode(type, from: bytes) } catch let error as DecodingError {
            throw invalid(ScenarioError(decoding: error).message)
        } catch {
            throw invalid("The request body does not match the operation's input")
        }
    }

    /// A known instance, from a percent-encoded path label.
    func instance(label: Substring) throws(ErrorResponse) -> String {
        let id = String(label).percentDecoded ?? String(label)
        try checkInstance(id, invalid: ErrorResponse.invalidParameter)
        return id
    }

    func checkInstance(_ id: String, invalid: (String) -> ErrorResponse) throws(ErrorResponse) {
        guard (1...100).contains(id.unicodeScalars.count) else {
            throw invalid(
                "Value '\(id.prefix(40))' at 'instanceId' failed to satisfy constraint: Member must have length between 1 and 100"
            )
        }
        guard instanceIds.contains(id) else {
            throw .connect("ResourceNotFoundException", status: 404, "Instance \(id) not found")
        }
    }

    /// `arn:aws:connect:us-east-1:123456789012:instance/I/<kind>/<id>`.
    func arn(_ instanceId: String, _ kind: String, _ id: String) -> String {
        "arn:aws:connect:\(DemoIdentity.region):\(DemoIdentity.account):instance/\(instanceId)/\(kind)/\(id)"
    }

    static func json<T: Encodable>(_ value: T) -> SimulatorResponse {
        let body = (try? ConnectJSON.encode(value)) ?? Array("{}".utf8)
        return SimulatorResponse(status: 200, headers: [HTTPHeader("Content-Type", "application/json")], body: body)
    }
}

extension RateLimit {
    /// GetCurrentMetricData's own quota: 5 requests/s, burst 8, per account and region.
    package static let currentMetricData = RateLimit(requestsPerSecond: 5, burst: 8)
    /// Amazon Connect's default for an operation without a quota of its own: 2 requests/s, burst 5.
    package static let connectDefault = RateLimit(requestsPerSecond: 2, burst: 5)
}

extension ErrorResponse {
    /// One of Amazon Connect's modeled errors, in its namespace.
    static func connect(_ code: String, status: Int, _ message: String) -> ErrorResponse {
        ErrorResponse(
            status: status, code: code, message: message, messageKey: "Message",
            typeSuffix: "http://internal.amazon.com/coral/com.amazonaws.connect/")
    }
}
