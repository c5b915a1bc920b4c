import ContactLensModel

/// The call view's part in listening in: `L` asks (the question is a screen over the view), and
/// the app's answers change what the header and the status line say.
extension Reducer {
    static func listenIn(_ state: inout AppState) -> [Effect] {
        let question = ListenQuestion(contactId: state.session.contactId, agent: state.session.agent)
        switch ListenIn.begin(
            question, status: state.monitor, isOver: state.isOver, replaying: state.replay != nil,
            supervisor: &state.supervisor)
        {
        case .notice(let text):
            state.notice = text
            return [.redraw]
        case .ask(let question, let lookup, let find):
            return [.redraw, .ask(question, lookup)] + (find ? [.act(.findSupervisor)] : [])
        }
    }

    static func act(_ update: ActUpdate, _ state: inout AppState) -> [Effect] {
        let changed = ListenIn.apply(
            update, contactId: state.session.contactId, monitor: &state.monitor, supervisor: &state.supervisor,
            notice: &state.notice)
        return changed ? [.redraw] : []
    }
}
