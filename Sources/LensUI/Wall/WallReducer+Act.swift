import ContactLensModel

/// The wall's part in listening in: `L` asks about the selected row's call, and the app's
/// answers mark the row and say what failed on the status line.
extension WallReducer {
    static func listenIn(_ state: inout WallState) -> [WallEffect] {
        guard let id = state.selected, let row = state.rows[id] else { return [.redraw] }
        let question = ListenQuestion(contactId: row.currentContactId, agent: row.found?.agent)
        switch ListenIn.begin(
            question, status: row.call.monitor, isOver: row.endedAt != nil || row.call.isOver, replaying: false,
            supervisor: &state.supervisor)
        {
        case .notice(let text):
            state.notice = text
            return [.redraw]
        case .ask(let question, let lookup, let find):
            return [.redraw, .ask(question, lookup)] + (find ? [.act(.findSupervisor)] : [])
        }
    }

    static func act(_ update: ActUpdate, _ state: inout WallState) -> [WallEffect] {
        switch update {
        case .supervisor(let lookup):
            state.supervisor = lookup
            return []
        case .monitor(let contactId, _):
            guard let id = state.row(of: contactId) else { return [] }
            var notice = state.notice
            var supervisor = state.supervisor
            state.updateRow(id) { row in
                ListenIn.apply(update, contactId: contactId, monitor: &row.call.monitor, supervisor: &supervisor, notice: &notice)
                row.refresh()
            }
            state.supervisor = supervisor
            state.notice = notice
            return [.redraw]
        }
    }
}
