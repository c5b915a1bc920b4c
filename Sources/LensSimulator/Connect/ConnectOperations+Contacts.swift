import ContactLensModel
import FoundationEssentials

/// DescribeContact's `Contact` and ListAssociatedContacts, from the contact records: a transfer's
/// new leg names the leg it came from; the chain is every leg sharing the first one.
extension ConnectOperations {
    /// The contact as DescribeContact answers it at `now`, if the records have it.
    func describedContact(instanceId: String, contactId: String, at now: Date) -> Contact? {
        guard instanceIds.contains(instanceId), let record = records.contact(contactId, at: now) else { return nil }
        let next = records.next(after: contactId, at: now).filter { $0.quickConnect != nil }.map { leg in
            NextContactEntry(
                nextContactMetadata: .init(
                    quickConnectContactData: .init(
                        contactId: leg.id, initiationTimestamp: leg.initiation,
                        quickConnectId: "qc-" + (leg.quickConnect ?? "").lowercased().replacing(" ", with: "-"),
                        quickConnectName: leg.quickConnect, quickConnectType: "QUEUE")))
        }
        let events = [record.initiation, record.enqueue, record.connected, record.end].compactMap { $0 }.filter { $0 <= now }
        return Contact(
            arn: arn(instanceId, "contact", record.id), id: record.id, initialContactId: record.initialContactId,
            previousContactId: record.previousContactId, contactAssociationId: record.initialContactId,
            initiationMethod: record.initiationMethod, channel: record.channel,
            queueInfo: record.queueId.map { QueueInfo(id: $0, enqueueTimestamp: record.enqueue) },
            agentInfo: record.agentId.flatMap { agent in
                record.connected.flatMap { $0 <= now ? AgentInfo(id: agent, connectedToAgentTimestamp: $0) : nil }
            },
            initiationTimestamp: record.initiation, disconnectTimestamp: record.disconnect(at: now),
            lastUpdateTimestamp: events.max(), relatedContactId: record.relatedContactId,
            nextContacts: next.isEmpty ? nil : next, connectedToSystemTimestamp: record.initiation)
    }

    mutating func listAssociatedContacts(_ request: IncomingRequest, at now: Date) throws(ErrorResponse) -> SimulatorResponse {
        try admit(request, "ListAssociatedContacts", method: ListAssociatedContacts.method, at: now)
        let label = request.path.dropFirst(ListAssociatedContacts.path(instanceId: "").count)
        guard !label.isEmpty, !label.contains("/") else {
            throw .frontEnd(status: 404, code: "UnknownOperationException", "No operation at \(request.path)")
        }
        let instanceId = try instance(label: label)
        let query = ConnectFloorHandler.query(request.query)
        guard let contactId = query["contactId"], (1...256).contains(contactId.unicodeScalars.count) else {
            throw .invalidParameter(
                "1 validation error detected: Value at 'contactId' failed to satisfy constraint: Member must have length between 1 and 256"
            )
        }
        var maxResults = 100
        if let text = query["maxResults"] {
            guard let value = Int(text), ListAssociatedContacts.maxResultsRange.contains(value) else {
                throw .invalidParameter("maxResults must be between 1 and 100")
            }
            maxResults = value
        }
        guard records.contact(contactId, at: now) != nil else {
            throw .connect("ResourceNotFoundException", status: 404, "Contact \(contactId) not found in instance \(instanceId)")
        }
        let legs = records.chain(of: contactId, at: now).map { leg in
            AssociatedContactSummary(
                contactId: leg.id, contactArn: arn(instanceId, "contact", leg.id), initiationTimestamp: leg.initiation,
                disconnectTimestamp: leg.disconnect(at: now), initialContactId: leg.initialContactId,
                previousContactId: leg.previousContactId, relatedContactId: leg.relatedContactId,
                initiationMethod: leg.initiationMethod, channel: leg.channel)
        }
        let page = try PagedAnswer(
            legs, nextToken: query["nextToken"], maxResults: maxResults, fingerprint: request.bodyFingerprint, tokens: tokens)
        return Self.json(ListAssociatedContactsResponse(contactSummaryList: page.items, nextToken: page.next))
    }

    mutating func storageConfigs(_ request: IncomingRequest, at now: Date) throws(ErrorResponse) -> SimulatorResponse {
        try admit(request, "ListInstanceStorageConfigs", method: ListInstanceStorageConfigs.method, at: now)
        let label = request.path.dropFirst("/instance/".count).dropLast("/storage-configs".count)
        guard !label.isEmpty, !label.contains("/") else {
            throw .frontEnd(status: 404, code: "UnknownOperationException", "No operation at \(request.path)")
        }
        _ = try instance(label: label)
        let query = ConnectFloorHandler.query(request.query)
        guard let type = query["resourceType"] else {
            throw .invalidParameter(
                "1 validation error detected: Value null at 'resourceType' failed to satisfy constraint: Member must not be null")
        }
        guard InstanceStorageResourceType(rawValue: type).isInModel else {
            let known = InstanceStorageResourceType.knownValues.map(\.rawValue).joined(separator: ", ")
            throw .invalidParameter(
                "Value '\(type.prefix(60))' at 'resourceType' failed to satisfy constraint: Member must satisfy enum value set: [\(known)]"
            )
        }
        var maxResults = 10
        if let text = query["maxResults"] {
            guard let value = Int(text), ListInstanceStorageConfigs.maxResultsRange.contains(value) else {
                throw .invalidParameter("maxResults must be between 1 and 10")
            }
            maxResults = value
        }
        let configs = (instance.storageConfigs ?? ScenarioInstance.demoStorage).filter { $0.resourceType == type }.map(\.config)
        let page = try PagedAnswer(
            configs, nextToken: query["nextToken"], maxResults: maxResults, fingerprint: request.bodyFingerprint, tokens: tokens)
        return Self.json(ListInstanceStorageConfigsResponse(storageConfigs: page.items, nextToken: page.next))
    }
}
