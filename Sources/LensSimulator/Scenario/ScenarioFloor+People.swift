extension ScenarioFloor {
    /// A user who takes no calls and may listen in: SearchUsers and ListUsers list them,
    /// MonitorContact checks their security profile's permissions and desk phone.
    package struct Supervisor: Codable, Hashable, Sendable {
        package var id: String
        package var username: String
        package var firstName: String?
        package var lastName: String?
        /// Security-profile permissions: `ManagerMonitor` (listen in) and `Barge` (barge in);
        /// both when absent.
        package var permissions: [String]?
        /// SOFT_PHONE (the default) or DESK_PHONE, whose number must be E.164.
        package var phoneType: String?
        package var deskPhoneNumber: String?

        package init(
            id: String, username: String, firstName: String? = nil, lastName: String? = nil, permissions: [String]? = nil,
            phoneType: String? = nil, deskPhoneNumber: String? = nil
        ) {
            self.id = id
            self.username = username
            self.firstName = firstName
            self.lastName = lastName
            self.permissions = permissions
            self.phoneType = phoneType
            self.deskPhoneNumber = deskPhoneNumber
        }

        enum CodingKeys: String, CodingKey {
            case id = "Id"
            case username = "Username"
            case firstName = "FirstName"
            case lastName = "LastName"
            case permissions = "Permissions"
            case phoneType = "PhoneType"
            case deskPhoneNumber = "DeskPhoneNumber"
        }

        package static let managerMonitor = "ManagerMonitor"
        package static let barge = "Barge"

        package var canMonitor: Bool { (permissions ?? [Self.managerMonitor]).contains(Self.managerMonitor) }
        package var canBarge: Bool { (permissions ?? [Self.barge]).contains(Self.barge) }
    }

    /// A caller waiting in a queue from `enqueuedAtMillis` (negative: already waiting when the
    /// emulator starts) until `leavesAtMillis` (answered or gone; never when absent), on the floor's
    /// clock (divided by the speed).
    package struct WaitingCaller: Codable, Hashable, Sendable {
        package var queueId: String
        package var channel: String?
        package var enqueuedAtMillis: Int
        package var leavesAtMillis: Int?

        package init(queueId: String, channel: String? = nil, enqueuedAtMillis: Int, leavesAtMillis: Int? = nil) {
            self.queueId = queueId
            self.channel = channel
            self.enqueuedAtMillis = enqueuedAtMillis
            self.leavesAtMillis = leavesAtMillis
        }

        enum CodingKeys: String, CodingKey {
            case queueId = "QueueId"
            case channel = "Channel"
            case enqueuedAtMillis = "EnqueuedAtMillis"
            case leavesAtMillis = "LeavesAtMillis"
        }
    }

    /// A contact that ended before the emulator started, `initiatedSecondsAgo` before it (real
    /// seconds: history is not sped up). Its transcript, if any, is the scenario contact with the
    /// same id; its length is that contact's, or `durationSeconds`.
    package struct PastContact: Codable, Hashable, Sendable {
        package var contactId: String
        package var channel: String?
        package var agentId: String
        package var queueId: String
        package var initiatedSecondsAgo: Int
        package var durationSeconds: Int?
        /// Seconds in the queue before an agent answered.
        package var queueSeconds: Int?
        package var initiationMethod: String?
        package var previousContactId: String?

        package init(
            contactId: String, channel: String? = nil, agentId: String, queueId: String, initiatedSecondsAgo: Int,
            durationSeconds: Int? = nil, queueSeconds: Int? = nil, initiationMethod: String? = nil,
            previousContactId: String? = nil
        ) {
            self.contactId = contactId
            self.channel = channel
            self.agentId = agentId
            self.queueId = queueId
            self.initiatedSecondsAgo = initiatedSecondsAgo
            self.durationSeconds = durationSeconds
            self.queueSeconds = queueSeconds
            self.initiationMethod = initiationMethod
            self.previousContactId = previousContactId
        }

        enum CodingKeys: String, CodingKey {
            case contactId = "ContactId"
            case channel = "Channel"
            case agentId = "AgentId"
            case queueId = "QueueId"
            case initiatedSecondsAgo = "InitiatedSecondsAgo"
            case durationSeconds = "DurationSeconds"
            case queueSeconds = "QueueSeconds"
            case initiationMethod = "InitiationMethod"
            case previousContactId = "PreviousContactId"
        }
    }
}
