import ContactLensModel

extension ScenarioFloor {
    /// Every reference resolves: each call and past contact names a contact of the scenario (or,
    /// without analysis, says how long it lasts), agents, queues and routing profiles exist, and a
    /// transferred leg comes after the leg it names.
    func validate(contactIds: Set<String>) throws(ScenarioError) {
        let agentIds = Set(agents.map(\.id))
        let queueIds = Set(queues.map(\.id))
        let profileIds = Set(routingProfiles.map(\.id))
        for (i, agent) in agents.enumerated() where !profileIds.contains(agent.routingProfileId) {
            throw ScenarioError("Floor.Agents[\(i)].RoutingProfileId: no routing profile \(agent.routingProfileId)")
        }
        var legs = Set<String>()
        for (i, call) in calls.enumerated() {
            let at = "Floor.Calls[\(i)]"
            if !contactIds.contains(call.contactId) && (call.durationMillis ?? 0) <= 0 {
                throw ScenarioError("\(at).ContactId: no contact \(call.contactId) (a leg without analysis needs DurationMillis)")
            }
            if !agentIds.contains(call.agentId) { throw ScenarioError("\(at).AgentId: no agent \(call.agentId)") }
            if !queueIds.contains(call.queueId) { throw ScenarioError("\(at).QueueId: no queue \(call.queueId)") }
            if call.startsAtMillis < 0 { throw ScenarioError("\(at).StartsAtMillis: must be 0 or more") }
            if let duration = call.durationMillis, duration <= 0 {
                throw ScenarioError("\(at).DurationMillis: must be more than 0")
            }
            if let monitors = call.monitoredBy, !(0...2).contains(monitors) {
                throw ScenarioError("\(at).MonitoredBy: 0 to 2 (at most two supervisors listen in)")
            }
            try Self.checkMethod(call.initiationMethod, at: at)
            if let previous = call.previousContactId, !legs.contains(previous) {
                throw ScenarioError("\(at).PreviousContactId: \(previous) is not a call listed before this one")
            }
            if !legs.insert(call.contactId).inserted { throw ScenarioError("\(at).ContactId: \(call.contactId) is listed twice") }
        }
        var userIds = agentIds
        for (i, supervisor) in (supervisors ?? []).enumerated() {
            let at = "Floor.Supervisors[\(i)]"
            if !userIds.insert(supervisor.id).inserted { throw ScenarioError("\(at).Id: \(supervisor.id) is already a user") }
            if supervisor.username.isEmpty { throw ScenarioError("\(at).Username: must not be empty") }
        }
        for (i, caller) in (waiting ?? []).enumerated() {
            let at = "Floor.Waiting[\(i)]"
            if !queueIds.contains(caller.queueId) { throw ScenarioError("\(at).QueueId: no queue \(caller.queueId)") }
            if let leaves = caller.leavesAtMillis, leaves <= caller.enqueuedAtMillis {
                throw ScenarioError("\(at).LeavesAtMillis: must be after EnqueuedAtMillis")
            }
        }
        try validateHistory(contactIds: contactIds, agentIds: agentIds, queueIds: queueIds, legs: legs)
    }

    private func validateHistory(contactIds: Set<String>, agentIds: Set<String>, queueIds: Set<String>, legs: Set<String>)
        throws(ScenarioError)
    {
        var seen = legs
        var initiated: [String: Int] = [:]
        for (i, past) in (history ?? []).enumerated() {
            let at = "Floor.History[\(i)]"
            if !contactIds.contains(past.contactId) && (past.durationSeconds ?? 0) <= 0 {
                throw ScenarioError(
                    "\(at).ContactId: no contact \(past.contactId) (a contact without analysis needs DurationSeconds)")
            }
            if !agentIds.contains(past.agentId) { throw ScenarioError("\(at).AgentId: no agent \(past.agentId)") }
            if !queueIds.contains(past.queueId) { throw ScenarioError("\(at).QueueId: no queue \(past.queueId)") }
            if past.initiatedSecondsAgo <= 0 { throw ScenarioError("\(at).InitiatedSecondsAgo: must be more than 0") }
            if let duration = past.durationSeconds, duration <= 0 {
                throw ScenarioError("\(at).DurationSeconds: must be more than 0")
            }
            if let wait = past.queueSeconds, wait < 0 { throw ScenarioError("\(at).QueueSeconds: must be 0 or more") }
            try Self.checkMethod(past.initiationMethod, at: at)
            if let previous = past.previousContactId {
                guard let before = initiated[previous], before > past.initiatedSecondsAgo else {
                    throw ScenarioError("\(at).PreviousContactId: \(previous) is not a past contact that began before this one")
                }
            }
            if !seen.insert(past.contactId).inserted { throw ScenarioError("\(at).ContactId: \(past.contactId) is listed twice") }
            initiated[past.contactId] = past.initiatedSecondsAgo
        }
    }

    private static func checkMethod(_ method: String?, at: String) throws(ScenarioError) {
        guard let method, !ContactInitiationMethod(rawValue: method).isInModel else { return }
        let known = ContactInitiationMethod.knownValues.map(\.rawValue).joined(separator: ", ")
        throw ScenarioError("\(at).InitiationMethod: \(method) is not one of \(known)")
    }
}
