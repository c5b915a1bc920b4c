import AWSSigV4
import ContactLensModel
import FoundationEssentials
import LensBasics

/// ListRealtimeContactAnalysisSegmentsV2, as the model describes it: ids in the path, OutputType
/// and SegmentTypes required, CHAT contacts only (a voice contact is an InvalidRequestException),
/// an output the contact's flow did not produce is an OutputTypeNotFoundException, `Status`
/// IN_PROGRESS until the last page of a finished chat (COMPLETED).
extension SimulatorCore {
    mutating func respondToChat(
        _ request: IncomingRequest, at now: Date, record: inout RequestRecord
    ) throws(ErrorResponse) -> Outcome {
        guard request.method == ListSegmentsV2.method else {
            throw .frontEnd(
                status: 405, code: "UnknownOperationException", "\(request.method) is not allowed on \(request.path); use POST")
        }
        let labels = request.path.dropFirst(ListSegmentsV2.pathPrefix.count).split(
            separator: "/", omittingEmptySubsequences: false)
        guard labels.count == 2, let instanceId = labels[0].percentDecoded,
            let contactId = labels[1].percentDecoded,
            !instanceId.isEmpty, !contactId.isEmpty
        else {
            throw .frontEnd(status: 404, code: "UnknownOperationException", "No operation at \(request.path)")
        }
        let accessKey: String
        switch verifier.verify(
            method: request.method, path: request.path, query: request.query,
            headers: request.headers, body: request.body, now: now)
        {
        case .success(let key): accessKey = key
        case .failure(let error): throw .authentication(code: error.code, message: error.message)
        }
        if limiter?.allow(accessKey, at: now) == false { throw .modeled(.throttling, "Rate exceeded") }
        var input = try Self.decodeChatInput(request.body)
        input.instanceId = instanceId
        input.contactId = contactId
        record.contactId = contactId
        record.nextTokenSent = input.nextToken
        if deniedAccessKeys.contains(accessKey) {
            throw .modeled(
                .accessDenied,
                "User with access key \(accessKey) is not authorized to perform: "
                    + "connect:ListRealtimeContactAnalysisSegmentsV2 on resource: instance/\(instanceId)/contact/\(contactId)")
        }
        do { try input.validate() } catch { throw .modeled(.invalidRequest, error.message) }
        guard
            let index = playbacks.firstIndex(where: { $0.contact.instanceId == instanceId && $0.contact.contactId == contactId })
        else {
            throw .modeled(.resourceNotFound, "Contact \(contactId) not found in instance \(instanceId)")
        }
        let contact = playbacks[index].contact
        guard playbacks[index].isChat else {
            throw .modeled(
                .invalidRequest, "This API does not support VOICE: contact \(contactId) is a VOICE contact, not CHAT")
        }
        guard (contact.outputTypes ?? ["Raw"]).contains(input.outputType.rawValue) else {
            throw .modeled(.outputTypeNotFound, "OutputType \(input.outputType) was not enabled for contact \(contactId)")
        }
        guard playbacks[index].isKept(at: now), playbacks[index].analysisStarted(askedAt: now) else {
            throw .modeled(.resourceNotFound, "Contact \(contactId) not found in instance \(instanceId)")
        }
        let position = try position(of: input.nextToken, contact: index)
        playbacks[index].start(at: now)
        let fault = faults.draw(using: &random, hasToken: input.nextToken != nil, hasDelivered: position > 0)
        switch fault {
        case .throttle: throw .modeled(.throttling, "Rate exceeded")
        case .error: throw .modeled(.internalService, "An internal error occurred. Try again.")
        case .reject: throw .modeled(.invalidRequest, "The NextToken has expired. Start again without a NextToken.")
        default: break
        }
        record.fault = fault.flatMap { [.throttle, .error, .reject].contains($0) ? $0.rawValue : nil }
        let page = playbacks[index].pageRange(from: position, maxResults: input.maxResults ?? 100, at: now)
        let wanted = Set(input.segmentTypes)
        let output =
            input.outputType == .redacted
            ? Array(playbacks[index].redactedSegments[page.range]) : playbacks[index].timeline[page.range].map(\.segment)
        let segments = output.filter { wanted.contains($0.kind) }
        let nextToken = page.next.map { padded(tokens.encode(PageToken(contactIndex: index, position: $0))) }
        record.segmentCount = segments.count
        record.returnedNextToken = nextToken != nil
        let response = ListSegmentsResponse(
            segments: segments, nextToken: nextToken, channel: "CHAT",
            status: nextToken == nil ? .completed : .inProgress)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        let body = (try? encoder.encode(response)).map { Array($0) } ?? []
        return Outcome(
            response: SimulatorResponse(status: 200, headers: [HTTPHeader("Content-Type", "application/json")], body: body),
            latencyMillis: fault == .slow ? faults.slowMillis : 0)
    }

    /// The JSON body: OutputType and SegmentTypes are required, and MaxResults must be a number.
    static func decodeChatInput(_ body: [UInt8]) throws(ErrorResponse) -> ListSegmentsV2Request {
        let data = body.isEmpty ? Data("{}".utf8) : Data(body)
        guard let object = try? JSONValue.parse(Array(data)) else {
            throw .frontEnd(status: 400, code: "SerializationException", "The request body is not valid JSON")
        }
        guard object.members != nil else { throw .modeled(.invalidRequest, "The request body must be a JSON object") }
        do {
            return try JSONDecoder().decode(ListSegmentsV2Request.self, from: data)
        } catch let error as DecodingError {
            throw .modeled(.invalidRequest, ScenarioError(decoding: error).message)
        } catch {
            throw .modeled(.invalidRequest, "The request body does not match the operation's input")
        }
    }
}
