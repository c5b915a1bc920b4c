/// `Channel`: VOICE, CHAT, TASK, EMAIL.
package struct ConnectChannel: OpenEnum {
    package let rawValue: String
    package init(rawValue: String) { self.rawValue = rawValue }
    package static let voice = ConnectChannel(rawValue: "VOICE")
    package static let chat = ConnectChannel(rawValue: "CHAT")
    package static let task = ConnectChannel(rawValue: "TASK")
    package static let email = ConnectChannel(rawValue: "EMAIL")
    package static let knownValues: [ConnectChannel] = [.voice, .chat, .task, .email]
}

/// `ContactInitiationMethod`: how a contact began. A transfer's new leg is TRANSFER (an agent's
/// quick connect) or QUEUE_TRANSFER (a flow moved it between queues); a supervisor's leg MONITOR.
package struct ContactInitiationMethod: OpenEnum {
    package let rawValue: String
    package init(rawValue: String) { self.rawValue = rawValue }
    package static let inbound = ContactInitiationMethod(rawValue: "INBOUND")
    package static let outbound = ContactInitiationMethod(rawValue: "OUTBOUND")
    package static let transfer = ContactInitiationMethod(rawValue: "TRANSFER")
    package static let queueTransfer = ContactInitiationMethod(rawValue: "QUEUE_TRANSFER")
    package static let callback = ContactInitiationMethod(rawValue: "CALLBACK")
    package static let api = ContactInitiationMethod(rawValue: "API")
    package static let disconnect = ContactInitiationMethod(rawValue: "DISCONNECT")
    package static let monitor = ContactInitiationMethod(rawValue: "MONITOR")
    package static let externalOutbound = ContactInitiationMethod(rawValue: "EXTERNAL_OUTBOUND")
    package static let webrtcAPI = ContactInitiationMethod(rawValue: "WEBRTC_API")
    package static let agentReply = ContactInitiationMethod(rawValue: "AGENT_REPLY")
    package static let flow = ContactInitiationMethod(rawValue: "FLOW")
    package static let knownValues: [ContactInitiationMethod] = [
        .inbound, .outbound, .transfer, .queueTransfer, .callback, .api, .disconnect, .monitor, .externalOutbound,
        .webrtcAPI, .agentReply, .flow,
    ]

    /// A leg that another contact was moved into.
    package var isTransfer: Bool { self == .transfer || self == .queueTransfer }
}

/// `SortOrder`.
package struct SortOrder: OpenEnum {
    package let rawValue: String
    package init(rawValue: String) { self.rawValue = rawValue }
    package static let ascending = SortOrder(rawValue: "ASCENDING")
    package static let descending = SortOrder(rawValue: "DESCENDING")
    package static let knownValues: [SortOrder] = [.ascending, .descending]
}
