import ContactLensModel
import FoundationEssentials

/// A call opened from the wall: the call view over it, kept live by the wall's events for its
/// contact (the wall rings for its alerts). Esc with nothing to close, or q, comes back.
package struct WallCallScreen: ScreenProgram {
    package let contactId: String
    package var call: AppState

    package var now: Date { call.now }

    package mutating func reduce(_ event: ScreenEvent<WallMessage>) -> [ScreenEffect<WallMessage, WallRequest>] {
        switch event {
        case .key(let key): return user(.key(key))
        case .mouse(let mouse): return user(.mouse(mouse))
        case .resize(let size):
            call.size = size
        case .tick(let date):
            call.now = date
        case .messages(let messages):
            for message in messages {
                switch message {
                case .engine(.contact(let id, let event)) where id == contactId: _ = Reducer.engine(event, &call)
                case .engine: break
                case .act(let update): _ = Reducer.act(update, &call)
                }
            }
        }
        // The wall below asks for the frame.
        return []
    }

    /// A key or the mouse, as the call view takes it.
    private mutating func user(_ event: AppEvent) -> [ScreenEffect<WallMessage, WallRequest>] {
        var out: [ScreenEffect<WallMessage, WallRequest>] = []
        for effect in LensUI.reduce(into: &call, event) {
            switch effect {
            case .redraw: out.append(.redraw)
            case .quit(let signal): out.append(.quit(signal: signal))
            case .back: out.append(.back)
            case .suspend: out.append(.suspend)
            case .saveView: call.notice = "the wall does not write views; lenstail follow does"
            case .ask(let question, let lookup):
                out.append(.push(ListenPrompt<WallMessage, WallRequest>(question, supervisor: lookup, now: call.now)))
            case .act(let request): out.append(.request(.act(request)))
            case .bell, .playback: break
            }
        }
        return out
    }

    package mutating func render(size: Size, back: StyledLine?) -> Screen { CallScreen.frame(call, size: size, back: back) }

    package func nextTick(after date: Date) -> Date? { nil }
}
