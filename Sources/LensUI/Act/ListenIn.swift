import ContactLensModel

/// The call `L` asks about, as the question names it.
package struct ListenQuestion: Hashable, Sendable {
    package var contactId: String
    /// "sam.okafor's call", or "this call" where the agent is not known.
    package var whose: String

    package init(contactId: String, agent: String?) {
        self.contactId = contactId
        let name = agent.map(TerminalText.sanitize) ?? ""
        whose = name.isEmpty || name == "-" ? "this call" : "\(name)'s call"
    }
}

/// What `L` does and how the app's answers change a screen: the one place for the wall, the
/// call view and a call opened over the wall. Pure.
package enum ListenIn {
    /// What a row and a header say while the supervisor listens.
    package static let listeningText = "listening (your softphone rings)"

    /// What `L` leads to.
    package enum Start: Hashable, Sendable {
        /// Nothing to ask: a line for the status line.
        case notice(String)
        /// Ask the question; `find`: the supervisor's user must be looked up first.
        case ask(ListenQuestion, SupervisorLookup, find: Bool)
    }

    /// `L` on a contact: refused on a replay, an ended call or one already listened to; else the
    /// question, looking the supervisor's user up when it is not known (or failed before).
    package static func begin(
        _ question: ListenQuestion, status: MonitorStatus?, isOver: Bool, replaying: Bool,
        supervisor: inout SupervisorLookup
    ) -> Start {
        if replaying { return .notice("this is a replay: the call is over, there is no one to listen to") }
        if isOver { return .notice("\(question.whose) has ended: there is no one to listen to") }
        switch status {
        case .listening: return .notice("already \(listeningText) on \(question.whose)")
        case .asking: return .notice("already asking Amazon Connect to put you on \(question.whose)")
        case .failed, nil: break
        }
        switch supervisor {
        case .unknown, .failed:
            supervisor = .finding
            return .ask(question, supervisor, find: true)
        case .finding, .found:
            return .ask(question, supervisor, find: false)
        }
    }

    /// An answer for the screen showing `contactId`: its listening state, the supervisor's user,
    /// and the status line (a failure with its fix). True when something shown changed.
    @discardableResult
    package static func apply(
        _ update: ActUpdate, contactId: String, monitor: inout MonitorStatus?, supervisor: inout SupervisorLookup,
        notice: inout String?
    ) -> Bool {
        switch update {
        case .supervisor(let lookup):
            supervisor = lookup
            return false
        case .monitor(let id, let status):
            guard id == contactId else { return false }
            switch status {
            case .asking:
                monitor = .asking
                notice = "asking Amazon Connect to ring your softphone…"
            case .listening:
                monitor = status
                notice = nil
            case .failed(let line):
                monitor = nil
                notice = TerminalText.sanitize(line)
            }
            return true
        }
    }

    /// True while the contact is listened to and still live.
    package static func isListening(_ status: MonitorStatus?, isOver: Bool) -> Bool {
        guard !isOver, case .listening = status else { return false }
        return true
    }
}
