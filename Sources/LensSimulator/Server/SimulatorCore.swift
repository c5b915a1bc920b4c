import AWSSigV4
import ContactLensModel
import FoundationEssentials

/// The whole request handling, free of HTTP plumbing: authenticate, rate-limit, validate, find the
/// contact, check the token, draw a fault, cut the page. Faults never advance anything; tokens
/// carry the client's place, so a failed request can simply be sent again.
struct SimulatorCore: Sendable {
    let verifier: SigV4Verifier
    let deniedAccessKeys: Set<String>
    let allowsDescribeContact: Bool
    let faults: FaultPlan
    var limiter: RateLimiter?
    var random: SeededGenerator
    let tokens: PageTokenCodec
    var playbacks: [ContactPlayback]
    private var bodies: PageBodyCache
    /// How many malformed answers were sent, to cycle through the kinds.
    private var malformedCount = 0
    /// GetCurrentUserData and the listings, when the scenario has a floor.
    private let floor: ConnectFloorHandler?
    /// MonitorContact, SearchUsers, the contact records, metrics, SearchContacts, storage, STS.
    var connect: ConnectOperations
    /// The call-recordings bucket with the contacts' post-contact analysis files.
    var s3: S3Emulator
    /// When the emulator started: a contact of a scenario without a floor ended just before it.
    let epoch: Date

    init(_ configuration: SimulatorConfiguration) {
        let secrets = Dictionary(configuration.credentials.map { ($0.accessKeyId, $0) }) { first, _ in first }
        verifier = SigV4Verifier(secrets: secrets, service: ListSegments.signingName)
        deniedAccessKeys = configuration.deniedAccessKeys
        allowsDescribeContact = configuration.allowsDescribeContact
        faults = configuration.faults
        limiter = configuration.rateLimit.map(RateLimiter.init)
        random = SeededGenerator(seed: configuration.seed)
        tokens = PageTokenCodec()
        playbacks = configuration.scenario.contacts.enumerated().map {
            ContactPlayback(index: $0.offset, contact: $0.element, speed: configuration.speed)
        }
        bodies = PageBodyCache(timelineCounts: playbacks.map(\.timeline.count))
        epoch = configuration.now()
        connect = ConnectOperations(configuration, epoch: epoch, verifier: verifier)
        s3 = S3Emulator(configuration, epoch: epoch)
        floor = configuration.scenario.floor.map { [connect] in
            ConnectFloorHandler(scenario: configuration.scenario, floor: $0, schedule: connect.schedule)
        }
        for (contactId, window) in floor?.windows ?? [:] {
            if let index = playbacks.firstIndex(where: { $0.contact.contactId == contactId }) {
                playbacks[index].schedule(startAt: window.start, endAt: window.end)
            }
        }
    }

    /// The response to one request at `now`, with its log record and any latency or drop to apply.
    mutating func handle(_ request: IncomingRequest, at now: Date) -> Outcome {
        let requestId = UUID().uuidString.lowercased()
        var record = RequestRecord(time: now, status: 200)
        var outcome: Outcome
        do throws(ErrorResponse) {
            outcome = try respond(to: request, at: now, record: &record)
        } catch {
            outcome = Outcome(response: error.response(requestId: requestId))
            record.errorCode = error.code
        }
        if record.errorCode == nil { outcome.response.headers.append(HTTPHeader("x-amzn-RequestId", requestId)) }
        record.status = outcome.response.status
        outcome.record = record
        return outcome
    }

    private mutating func respond(
        to request: IncomingRequest, at now: Date, record: inout RequestRecord
    ) throws(ErrorResponse) -> Outcome {
        if S3Emulator.isS3(request, bucket: s3.bucket) {
            let outcome = s3.respond(to: request, at: now)
            record.errorCode = outcome.record.errorCode
            return outcome
        }
        if request.path.hasPrefix(ListSegmentsV2.pathPrefix) { return try respondToChat(request, at: now, record: &record) }
        if request.path.hasPrefix("/contacts/") { return try describeContact(request, at: now) }
        if let outcome = try connect.respond(to: request, at: now) { return outcome }
        if let floor, ConnectFloorHandler.handles(request.path) {
            try authenticate(request, at: now)
            return Outcome(response: try floor.respond(request, at: now))
        }
        guard request.path == ListSegments.path else {
            throw .frontEnd(status: 404, code: "UnknownOperationException", "No operation at \(request.path)")
        }
        guard request.method == ListSegments.method else {
            throw .frontEnd(
                status: 405, code: "UnknownOperationException", "\(request.method) is not allowed on \(request.path); use POST")
        }
        let accessKey: String
        switch verifier.verify(
            method: request.method, path: request.path, query: request.query,
            headers: request.headers, body: request.body, now: now)
        {
        case .success(let key): accessKey = key
        case .failure(let error): throw .authentication(code: error.code, message: error.message)
        }
        if limiter?.allow(accessKey, at: now) == false {
            throw .modeled(.throttling, "Rate exceeded")
        }
        let input = try Self.decodeInput(request.body)
        record.contactId = input.contactId
        record.nextTokenSent = input.nextToken
        if deniedAccessKeys.contains(accessKey) {
            throw .modeled(
                .accessDenied,
                "User with access key \(accessKey) is not authorized to perform: "
                    + "connect:ListRealtimeContactAnalysisSegments on resource: instance/\(input.instanceId)/contact/\(input.contactId)"
            )
        }
        do {
            try input.validate()
        } catch {
            throw .modeled(.invalidRequest, error.message)
        }
        guard
            let index = playbacks.firstIndex(where: {
                $0.contact.instanceId == input.instanceId && $0.contact.contactId == input.contactId
            })
        else {
            let knownInstance = playbacks.contains { $0.contact.instanceId == input.instanceId }
            throw .modeled(
                .resourceNotFound,
                knownInstance
                    ? "Contact \(input.contactId) not found in instance \(input.instanceId)"
                    : "Instance \(input.instanceId) not found")
        }
        let notYet = playbacks[index].startedAt.map { now < $0 } ?? false
        guard !notYet, playbacks[index].isKept(at: now), playbacks[index].analysisStarted(askedAt: now) else {
            throw .modeled(.resourceNotFound, "Contact \(input.contactId) not found in instance \(input.instanceId)")
        }
        if playbacks[index].isChat {
            throw .modeled(
                .invalidRequest,
                "Contact \(input.contactId) is a CHAT contact: ListRealtimeContactAnalysisSegments supports VOICE only; "
                    + "use ListRealtimeContactAnalysisSegmentsV2")
        }
        let position = try position(of: input.nextToken, contact: index)
        playbacks[index].start(at: now)

        let fault = faults.draw(using: &random, hasToken: input.nextToken != nil, hasDelivered: position > 0)
        let latency = faults.latencyMillis > 0 ? Int.random(in: 0...faults.latencyMillis, using: &random) : 0
        record.fault = fault?.rawValue
        switch fault {
        case .throttle: throw .modeled(.throttling, "Rate exceeded")
        case .error: throw .modeled(.internalService, "An internal error occurred. Try again.")
        case .reject: throw .modeled(.invalidRequest, "The NextToken has expired. Start again without a NextToken.")
        default: break
        }
        let maxResults = input.maxResults ?? ListSegments.maxResultsRange.upperBound
        // A duplicate fault re-sends up to 3 delivered segments in place of new ones (the page
        // still holds at most MaxResults), so it can strike full pages too.
        var duplicates = 0
        if fault == .dup {
            duplicates = min(Int.random(in: 1...3, using: &random), position, maxResults - 1)
            if duplicates == 0 { record.fault = nil }
        }
        let page = playbacks[index].pageRange(from: position, maxResults: maxResults - duplicates, at: now)
        let resent = (position - duplicates)..<position  // delivered before: the duplicates
        let nextToken = page.next.map { padded(tokens.encode(PageToken(contactIndex: index, position: $0))) }
        record.segmentCount = resent.count + page.range.count
        record.returnedNextToken = nextToken != nil
        let body = bodies.body(
            contact: index, timeline: playbacks[index].timeline, positions: [resent, page.range],
            nextToken: nextToken)
        var response = SimulatorResponse(status: 200, headers: [HTTPHeader("Content-Type", "application/json")], body: body)
        if fault == .malformed, !faults.malformedKinds.isEmpty {
            let kind = faults.malformedKinds[malformedCount % faults.malformedKinds.count]
            malformedCount += 1
            record.fault = "malformed:\(kind.rawValue)"
            response = kind.response(page: body, nextToken: nextToken)
            if !kind.isValidPage { record.segmentCount = 0 }
        }
        return Outcome(
            response: response,
            latencyMillis: fault == .slow ? faults.slowMillis : latency,
            dropAfterBytes: fault == .drop ? body.count / 2 : nil)
    }

    /// A Connect call's signature and identity: the same keys, signed for `connect` too.
    private func authenticate(_ request: IncomingRequest, at now: Date) throws(ErrorResponse) {
        let key: String
        switch verifier.verify(
            method: request.method, path: request.path, query: request.query,
            headers: request.headers, body: request.body, now: now)
        {
        case .success(let verified): key = verified
        case .failure(let error): throw .authentication(code: error.code, message: error.message)
        }
        if deniedAccessKeys.contains(key) {
            throw .modeled(.accessDenied, "User with access key \(key) is not authorized to perform this operation")
        }
    }

    /// A NextToken padded to the plan's `tokenLength` with a "." and filler (base64url has no ".").
    func padded(_ token: String) -> String {
        guard faults.tokenLength > token.count + 1 else { return token }
        return token + "." + String(repeating: "A", count: faults.tokenLength - token.count - 1)
    }

    /// The position a NextToken stands for (0 without one); forged, foreign or stale ones are refused.
    func position(of nextToken: String?, contact index: Int) throws(ErrorResponse) -> Int {
        guard let nextToken else { return 0 }
        let signed = nextToken.split(separator: ".", maxSplits: 1).first.map(String.init) ?? nextToken
        guard let token = tokens.decode(signed), token.position <= playbacks[index].timeline.count else {
            throw .modeled(.invalidRequest, "The NextToken is not valid.")
        }
        guard token.contactIndex == index else {
            throw .modeled(.invalidRequest, "The NextToken was issued for a different contact.")
        }
        return token.position
    }

    /// Reads the JSON body: malformed JSON is a SerializationException, a wrong shape an InvalidRequestException.
    static func decodeInput(_ body: [UInt8]) throws(ErrorResponse) -> ListSegmentsRequest {
        let data = body.isEmpty ? Data("{}".utf8) : Data(body)
        guard let object = try? JSONValue.parse(Array(data)) else {
            throw .frontEnd(status: 400, code: "SerializationException", "The request body is not valid JSON")
        }
        guard object.members != nil else {
            throw .modeled(.invalidRequest, "The request body must be a JSON object")
        }
        do {
            return try JSONDecoder().decode(ListSegmentsRequest.self, from: data)
        } catch let error as DecodingError {
            throw .modeled(.invalidRequest, ScenarioError(decoding: error).message)
        } catch {
            throw .modeled(.invalidRequest, "The request body does not match the operation's input")
        }
    }
}

/// What the server does with one request.
struct Outcome: Sendable {
    var response: SimulatorResponse
    var record = RequestRecord(time: Date(timeIntervalSince1970: 0), status: 0)
    /// Wait this long before answering (the latency fault).
    var latencyMillis = 0
    /// Send only this many body bytes, then close the connection (the drop fault).
    var dropAfterBytes: Int?
}
