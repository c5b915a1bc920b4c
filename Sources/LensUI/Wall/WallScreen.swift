import ContactLensModel
import FoundationEssentials

/// The wall as a screen: its state and reducer, and the cells of the rows it drew last (the
/// render layer's cache). Enter pushes the selected call over it (`WallCallScreen`).
package struct WallScreen: ScreenProgram {
    package var state: WallState
    private var cells = WallRowCells()

    package init(_ state: WallState) { self.state = state }

    package var now: Date { state.now }

    package mutating func reduce(_ event: ScreenEvent<WallMessage>) -> [ScreenEffect<WallMessage, WallRequest>] {
        var effects: [WallEffect]
        switch event {
        case .key(let key): effects = reduceWall(into: &state, .key(key))
        case .mouse(let mouse): effects = reduceWall(into: &state, .mouse(mouse))
        case .resize(let size): effects = reduceWall(into: &state, .resize(size))
        case .tick(let date): effects = reduceWall(into: &state, .tick(date))
        case .messages(let messages):
            var events: [WallEvent] = []
            effects = []
            for message in messages {
                switch message {
                case .engine(let event): events.append(event)
                case .act(let update): effects += reduceWall(into: &state, .act(update))
                }
            }
            if !events.isEmpty { effects += reduceWall(into: &state, .engineBatch(events)) }
        }
        return effects.compactMap { effect in
            switch effect {
            case .redraw: .redraw
            case .quit(let signal): .quit(signal: signal)
            case .bell: .bell
            case .alert(let alert): .request(.alert(alert))
            case .ask(let question, let lookup):
                .push(ListenPrompt<WallMessage, WallRequest>(question, supervisor: lookup, now: state.now))
            case .act(let request): .request(.act(request))
            case .suspend: .suspend
            case .open(let id):
                state.rows[id].map { row in
                    var call = row.call
                    call.size = state.size
                    call.now = state.now
                    call.session.agent = row.found?.agent
                    call.supervisor = state.supervisor
                    return .push(WallCallScreen(contactId: id, call: call))
                }
            }
        }
    }

    package mutating func render(size: Size, back: StyledLine?) -> Screen { renderWall(state, size: size, cells: &cells) }

    /// Every row shows a clock: a frame each second.
    package func nextTick(after date: Date) -> Date? {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 + 1e-6).rounded(.down) + 1)
    }

    /// Under an opened call: how to come back, and how many calls (and alerts) wait.
    package var backLine: StyledLine? {
        var back = StyledLine("\(KeyBindings.label(.back))/\(KeyBindings.label(.quit))", .key)
        back.append(" back to the wall · \(state.visible.count) live", .dim)
        if state.alertedCount > 0 { back.append(" · \(state.alertedCount) with alerts", .alert) }
        if state.queues.alertedCount > 0 {
            back.append(
                " · \(state.queues.alertedCount) queue\(state.queues.alertedCount == 1 ? "" : "s") waiting too long", .alert)
        }
        return back
    }

    /// The opened call's view state (filter, scroll, search) stays with its row.
    package mutating func resume(after closed: any ScreenProgram<WallMessage, WallRequest>) {
        guard let call = closed as? WallCallScreen else { return }
        state.updateRow(call.contactId) { row in
            row.call = call.call
            row.refresh()
        }
        // A lookup started over the call (`L` there) is not started again from the wall.
        if state.supervisor == .unknown { state.supervisor = call.call.supervisor }
    }
}
