import ContactLensModel
import FoundationEssentials

/// A contact opened from the search's list: the call view, fed by the events the app reads for
/// it. Esc with nothing to close, or q, comes back to the list.
package struct ContactCallScreen: ScreenProgram {
    package let contactId: String
    package var call: AppState

    package var now: Date { call.now }

    package mutating func reduce(_ event: ScreenEvent<ContactListMessage>) -> [ScreenEffect<
        ContactListMessage, ContactListRequest
    >] {
        switch event {
        case .key(let key): return user(.key(key))
        case .mouse(let mouse): return user(.mouse(mouse))
        case .resize(let size):
            call.size = size
            return [.redraw]
        case .tick(let date):
            call.now = date
            return [.redraw]
        case .messages(let messages):
            var changed = false
            for message in messages {
                switch message {
                case .contact(let id, let event) where id == contactId:
                    _ = Reducer.engine(event, &call)
                    changed = true
                case .postContact(let id, let insights, let location) where id == contactId:
                    call.session.postContact = insights
                    call.session.endpoint = location
                    changed = true
                case .contact, .postContact: break
                }
            }
            return changed ? [.redraw] : []
        }
    }

    /// A key or the mouse, as the call view takes it.
    private mutating func user(_ event: AppEvent) -> [ScreenEffect<ContactListMessage, ContactListRequest>] {
        var out: [ScreenEffect<ContactListMessage, ContactListRequest>] = []
        for effect in LensUI.reduce(into: &call, event) {
            switch effect {
            case .redraw: out.append(.redraw)
            case .quit(let signal):
                if signal == nil { out.append(.request(.close)) }
                out.append(.quit(signal: signal))
            case .back: out += [.request(.close), .back]
            case .suspend: out.append(.suspend)
            case .saveView: call.notice = "views are written by lenstail follow, not from a search"
            case .ask, .act: call.notice = "listening in is on lenstail follow and wall, not yet from a search"
            case .bell, .playback: break
            }
        }
        return out
    }

    package mutating func render(size: Size, back: StyledLine?) -> Screen { CallScreen.frame(call, size: size, back: back) }

    /// The call view's clock.
    package func nextTick(after date: Date) -> Date? {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 + 1e-6).rounded(.down) + 1)
    }
}
