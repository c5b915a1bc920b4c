import FoundationEssentials
import LensUI

/// The loop on the terminal's thread, for any stack of screens: wait for a key, a resize, a
/// message or the next second a clock needs; reduce; draw when something changed. Messages that
/// came during one wait reach the screens as one batch; it sleeps when nothing shows time.
enum TerminalLoop {
    static func run<Message: Sendable, Request>(
        _ terminal: any TerminalBackend, program initial: ScreenStack<Message, Request>,
        inbox: EventInbox<InboxItem<Message>>, perform: (Request) -> [Message], now: () -> Date = Date.init
    ) -> TerminalExit {
        var program = initial
        var size = terminal.size
        var needsDraw = true
        while true {
            if needsDraw {
                terminal.draw(program.render(size: size))
                needsDraw = false
            }
            var items = inbox.drain()
            var steps: [Step<Message>] = []
            if items.isEmpty {
                let timeout = program.nextTick(after: now()).map {
                    Duration.milliseconds(max(0, Int($0.timeIntervalSince(now()) * 1000)))
                }
                if let input = terminal.nextEvent(timeout: timeout) { steps.append(Step(input)) }
                items = inbox.drain()
            }
            steps += Step.batched(items)
            let date = now()
            // A tick each new second, and at once when a screen asks for one (a search counted in steps).
            if Int(date.timeIntervalSince1970) != Int(program.now.timeIntervalSince1970)
                || program.nextTick(after: date).map({ $0 <= date }) == true
            {
                steps.append(.event(.tick(date)))
            }
            while !steps.isEmpty {
                let event: ScreenEvent<Message>
                switch steps.removeFirst() {
                case .signal(let number): return .interrupted(signal: number)
                case .event(let next): event = next
                }
                if case .resize(let newSize) = event { size = newSize }
                for effect in program.reduce(event) {
                    switch effect {
                    case .redraw: needsDraw = true
                    case .quit(let signal): return signal.map { .interrupted(signal: $0) } ?? .quit
                    case .bell: terminal.bell()
                    case .suspend:
                        terminal.suspend()
                        needsDraw = true
                    case .request(let request):
                        // On this thread (a small file for `w`): the view waits for it, as the user does.
                        let answers = perform(request)
                        if !answers.isEmpty { steps.append(.event(.messages(answers))) }
                    }
                }
            }
        }
    }

    /// One thing for the loop to do, in the order it came.
    enum Step<Message: Sendable> {
        case event(ScreenEvent<Message>)
        case signal(Int32)

        init(_ input: TerminalInput) {
            switch input {
            case .key(let key): self = .event(.key(key))
            case .mouse(let mouse): self = .event(.mouse(mouse))
            case .resize(let size): self = .event(.resize(size))
            case .signal(let number): self = .signal(number)
            }
        }

        /// Runs of messages as one batch: a busy floor is sorted once per wake-up, not per page.
        static func batched(_ items: [InboxItem<Message>]) -> [Step] {
            var out: [Step] = []
            var run: [Message] = []
            for item in items {
                switch item {
                case .message(let message): run.append(message)
                case .signal(let number):
                    if !run.isEmpty { out.append(.event(.messages(run))) }
                    run = []
                    out.append(.signal(number))
                }
            }
            if !run.isEmpty { out.append(.event(.messages(run))) }
            return out
        }
    }
}
