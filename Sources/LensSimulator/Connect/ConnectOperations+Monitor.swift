import ContactLensModel
import FoundationEssentials

/// MonitorContact, with the model's validation, ClientToken idempotency, and the instance's and
/// user's settings deciding the documented failures (see Docs/SCENARIOS.md).
extension ConnectOperations {
    mutating func monitorContact(_ request: IncomingRequest, at now: Date) throws(ErrorResponse) -> SimulatorResponse {
        var record = MonitorRequestRecord(time: now, status: 200)
        do {
            let answer = try monitor(request, at: now, record: &record)
            record.monitoringContactId = answer.contactId
            monitors.log.append(record)
            return Self.json(answer)
        } catch {
            record.status = error.status
            record.errorCode = error.code
            monitors.log.append(record)
            throw error
        }
    }

    private mutating func monitor(_ request: IncomingRequest, at now: Date, record: inout MonitorRequestRecord)
        throws(ErrorResponse) -> MonitorContactResponse
    {
        try admit(request, "MonitorContact", method: MonitorContact.method, at: now)
        let input = try Self.body(MonitorInput.self, request, invalid: ErrorResponse.invalidRequest)
        record.instanceId = input.instanceId
        record.contactId = input.contactId
        record.userId = input.userId
        record.allowedMonitorCapabilities = input.allowedMonitorCapabilities
        record.clientToken = input.clientToken
        let valid = try input.validated()
        if instance.allowsMonitorContact == false {
            throw .connect(
                "AccessDeniedException", status: 403,
                "User: \(DemoIdentity.callerArn) is not authorized to perform: connect:MonitorContact on resource: "
                    + arn(valid.instanceId, "contact", valid.contactId))
        }
        let capabilities = valid.allowedMonitorCapabilities
        let fingerprint = [valid.instanceId, valid.contactId, valid.userId, (capabilities ?? []).joined(separator: ",")]
            .joined(separator: "\n")
        if let token = valid.clientToken, let earlier = monitors.answers[token] {
            guard earlier.fingerprint == fingerprint else {
                throw .connect(
                    "IdempotencyException", status: 409,
                    "The ClientToken \(token.prefix(64)) was already used with different request parameters")
            }
            return earlier.answer
        }
        try checkInstance(valid.instanceId, invalid: ErrorResponse.invalidRequest)
        guard let contact = records.contact(valid.contactId, at: now), contact.initiationMethod != .monitor else {
            throw .connect(
                "ResourceNotFoundException", status: 404, "Contact \(valid.contactId) not found in instance \(valid.instanceId)")
        }
        let userId = SupervisorIds.userId(valid.userId)
        guard let user = floor.flatMap({ MonitorUser(id: userId, floor: $0) }) else {
            throw .connect(
                "ResourceNotFoundException", status: 404, "User \(valid.userId) not found in instance \(valid.instanceId)")
        }
        if instance.serviceLinkedRole == false {
            throw .connect("AccessDeniedException", status: 403, "You do not have access to the agent")
        }
        guard user.canMonitor else {
            throw .connect(
                "AccessDeniedException", status: 403,
                "User \(user.username) does not have the security profile permission Manager monitor")
        }
        let barge = instance.bargeEnabled ?? true
        if barge && capabilities == nil {
            throw .invalidRequest("AllowedMonitorCapabilities is required when barge is enabled for the instance")
        }
        if capabilities?.contains("BARGE") == true {
            guard barge else { throw .invalidRequest("BARGE is not enabled for this instance: ask for SILENT_MONITOR only") }
            guard user.canBarge else {
                throw .connect(
                    "AccessDeniedException", status: 403,
                    "User \(user.username) does not have the security profile permission Real-time contact barge-in")
            }
        }
        guard let connected = contact.connected, connected <= now, contact.disconnect(at: now) == nil else {
            throw .invalidRequest("One or more of the input parameters are invalid")
        }
        if instance.enhancedMonitoring == false && instance.callRecording == false {
            throw .invalidRequest("Monitoring failed, please enable call recording")
        }
        if user.phoneType == "DESK_PHONE" && !MonitorUser.isE164(user.deskPhoneNumber) {
            throw .invalidRequest("User's phone number is invalid")
        }
        var listening = monitors.listeners[contact.id] ?? []
        let already = floor?.calls.first { $0.contactId == contact.id }?.monitoredBy ?? 0
        if !listening.contains(user.id) && listening.count + already >= 2 {
            throw .connect(
                "ServiceQuotaExceededException", status: 402,
                "The contact already has the maximum number of monitoring participants (2)")
        }
        listening.insert(user.id)
        monitors.listeners[contact.id] = listening
        let id = monitors.nextContactId()
        records.add(
            ContactRecord(
                id: id, channel: contact.channel, initiationMethod: .monitor, initialContactId: id, previousContactId: nil,
                relatedContactId: contact.id, agentId: user.id, queueId: nil, hierarchyGroupIds: [], initiation: now,
                enqueue: nil, connected: now, end: contact.end, quickConnect: nil, hasAnalysis: false, transcript: []))
        let answer = MonitorContactResponse(contactId: id, contactArn: arn(valid.instanceId, "contact", id))
        if let token = valid.clientToken { monitors.answers[token] = (fingerprint, answer) }
        return answer
    }
}

/// The request as it came: any member may be missing or of an unexpected value.
private struct MonitorInput: Decodable {
    var instanceId: String?
    var contactId: String?
    var userId: String?
    var allowedMonitorCapabilities: [String]?
    var clientToken: String?

    enum CodingKeys: String, CodingKey {
        case instanceId = "InstanceId"
        case contactId = "ContactId"
        case userId = "UserId"
        case allowedMonitorCapabilities = "AllowedMonitorCapabilities"
        case clientToken = "ClientToken"
    }

    /// The model's rules, in the words of the service's validation layer.
    func validated() throws(ErrorResponse) -> (
        instanceId: String, contactId: String, userId: String, allowedMonitorCapabilities: [String]?, clientToken: String?
    ) {
        var problems: [String] = []
        func check(_ value: String?, _ member: String, _ range: ClosedRange<Int>) {
            guard let value else {
                problems.append("Value null at '\(member)' failed to satisfy constraint: Member must not be null")
                return
            }
            if !range.contains(value.unicodeScalars.count) {
                problems.append(
                    "Value at '\(member)' failed to satisfy constraint: Member must have length between "
                        + "\(range.lowerBound) and \(range.upperBound)")
            }
        }
        check(instanceId, "instanceId", 1...100)
        check(contactId, "contactId", 1...256)
        check(userId, "userId", 1...256)
        if let capabilities = allowedMonitorCapabilities {
            if capabilities.count > MonitorContact.capabilitiesLimit {
                problems.append(
                    "Value at 'allowedMonitorCapabilities' failed to satisfy constraint: Member must have length less than or equal to 2"
                )
            }
            if capabilities.contains(where: { !MonitorCapability(rawValue: $0).isInModel }) {
                problems.append(
                    "Value at 'allowedMonitorCapabilities' failed to satisfy constraint: Member must satisfy enum value set: "
                        + "[SILENT_MONITOR, BARGE]")
            }
        }
        if let clientToken, clientToken.unicodeScalars.count > 500 {
            problems.append(
                "Value at 'clientToken' failed to satisfy constraint: Member must have length less than or equal to 500")
        }
        guard problems.isEmpty, let instanceId, let contactId, let userId else {
            let count = problems.count
            throw .invalidRequest(
                "\(count) validation error\(count == 1 ? "" : "s") detected: " + problems.joined(separator: "; "))
        }
        return (instanceId, contactId, userId, allowedMonitorCapabilities, clientToken)
    }
}
