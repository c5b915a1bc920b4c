import ContactLensModel
import Foundation

/// The wall as a screen: its state and reducer, and the cells of the rows it drew last (the
/// render layer's cache). Enter pushes the selected call over it (`WallCallScreen`).
package struct WallScreen: ScreenProgram {
    package var state: WallState
    private var cells = WallRowCells()

    package init(_ state: WallState) { self.state = state }

    package var now: Date { state.now }

    package mutating func reduce(_ event: ScreenEvent<WallEvent>) -> [ScreenEffect<WallEvent, WallAlert>] {
        let effects: [WallEffect]
        switch event {
        case .key(let key): effects = reduceWall(into: &state, .key(key))
        case .resize(let size): effects = reduceWall(into: &state, .resize(size))
        case .tick(let date): effects = reduceWall(into: &state, .tick(date))
        case .messages(let events): effects = reduceWall(into: &state, .engineBatch(events))
        }
        return effects.compactMap { effect in
            switch effect {
            case .redraw: .redraw
            case .quit(let signal): .quit(signal: signal)
            case .bell: .bell
            case .alert(let alert): .request(alert)
            case .suspend: .suspend
            case .open(let id):
                state.rows[id].map { row in
                    var call = row.call
                    call.size = state.size
                    call.now = state.now
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
        return back
    }

    /// The opened call's view state (filter, scroll, search) stays with its row.
    package mutating func resume(after closed: any ScreenProgram<WallEvent, WallAlert>) {
        guard let call = closed as? WallCallScreen else { return }
        state.rows[call.contactId]?.call = call.call
    }
}
