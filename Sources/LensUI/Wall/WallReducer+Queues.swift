import ContactLensModel
import FoundationEssentials

extension WallReducer {
    /// New queue figures: the strip shows them, and a queue newly over `--alert-wait` rings the
    /// bell and is an alert like a call's (logged, handed to `--on-alert`). A failure that stops
    /// the figures is said once; the wall goes on without the strip.
    static func queues(_ report: QueueReport, _ state: inout WallState) -> [WallEffect] {
        switch report {
        case .figures(let figures, let at):
            state.queues.figures = figures
            state.queues.at = at
            state.queues.problem = nil
            return [.redraw] + state.queues.alerts.update(figures, at: state.now).flatMap { [.bell, .alert($0)] }
        case .problem(let text, let stopped):
            let line = TerminalText.sanitize(text)
            if stopped {
                state.queues.stopped = true
                state.notice = line
            } else {
                state.queues.problem = line
            }
            return [.redraw]
        }
    }
}
