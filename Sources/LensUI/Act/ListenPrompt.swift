import ContactLensModel
import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// "Listen in to sam.okafor's call as rosa.mendes? (y/n)" in the footer of the screen below,
/// which stays live under it. Only the confirm key sends (MonitorContact, as a request of the
/// stack it is on); any other key closes it and sends nothing. While the supervisor's user is
/// being found it says so (the confirm key waits), and if it cannot be found it shows why until
/// a key closes it.
package struct ListenPrompt<Message: ActMessage, Request: ActRequesting>: ScreenProgram {
    package let question: ListenQuestion
    package private(set) var supervisor: SupervisorLookup
    package private(set) var now: Date

    package init(_ question: ListenQuestion, supervisor: SupervisorLookup, now: Date) {
        self.question = question
        self.supervisor = supervisor
        self.now = now
    }

    package mutating func reduce(_ event: ScreenEvent<Message>) -> [ScreenEffect<Message, Request>] {
        switch event {
        case .key(let key): return Self.answer(key, supervisor: supervisor, question: question)
        case .tick(let date): now = date
        // Only a key answers: a click or the wheel neither sends nor closes.
        case .resize, .mouse: break
        case .messages(let messages):
            let before = supervisor
            for case .supervisor(let lookup)? in messages.map(\.actUpdate) { supervisor = lookup }
            if supervisor != before { return [.redraw] }
        }
        return []
    }

    /// What a key does: Ctrl-C and Ctrl-Z as everywhere; only confirm sends, any other key closes.
    static func answer(_ key: Key, supervisor: SupervisorLookup, question: ListenQuestion) -> [ScreenEffect<Message, Request>] {
        let general = KeyBindings.generalAction(for: key)
        if general == .interrupt { return [.quit(signal: SIGINT)] }
        if general == .suspend { return [.suspend] }
        if case .failed = supervisor { return [.back] }
        guard KeyBindings.promptAction(for: key) == .confirm else { return [.back] }
        guard case .found(let user) = supervisor else { return [] }
        let order = MonitorOrder(contactId: question.contactId, userId: user.userId, capabilities: user.capabilities)
        return [.request(.act(.monitor(order))), .back]
    }

    /// The question in one line.
    package var line: StyledLine {
        let yes = KeyBindings.label(.confirm)
        let no = KeyBindings.label(.cancel)
        switch supervisor {
        case .found(let user):
            let silently = user.capabilities.contains(.barge) ? "" : " silently"
            var line = StyledLine("Listen in\(silently) to \(question.whose) as \(TerminalText.sanitize(user.name))? ", .title)
            line.append("(\(yes)/\(no))", .key)
            return line
        case .unknown, .finding:
            var line = StyledLine("Listen in to \(question.whose)? ", .title)
            line.append("finding your Amazon Connect user… ", .dim)
            line.append(no, .key)
            line.append(" cancels", .dim)
            return line
        case .failed(let why):
            var line = StyledLine(TerminalText.sanitize(why), .failure)
            line.append(" · any key closes", .dim)
            return line
        }
    }

    package var drawsOverBelow: Bool { true }

    /// The question replaces the last line of the screen below (its key hints, or the way back).
    package mutating func draw(over below: inout Screen) {
        guard below.size.height > 0 else { return }
        let row = Rect(x: 0, y: below.size.height - 1, width: below.size.width, height: 1)
        below.fill(row)
        below.put(line, x: 0, y: row.y, clip: row)
    }

    package mutating func render(size: Size, back: StyledLine?) -> Screen {
        var screen = Screen(size: size)
        draw(over: &screen)
        return screen
    }

    package func nextTick(after date: Date) -> Date? { nil }
}
