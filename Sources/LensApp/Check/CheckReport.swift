import ContactLensModel

/// The lines of `lenstail check`, each printed as soon as it is known: `✓` passed, `✗` failed
/// (with what to do), `-` not checked because a line above failed. Sanitised: a hostile profile
/// name or server message cannot reach the terminal as control characters.
final class CheckReport {
    private let console: Console
    private(set) var failures = 0

    init(console: Console) {
        self.console = console
    }

    var passed: Bool { failures == 0 }

    func pass(_ text: String) throws(ConsoleError) {
        try line("✓ \(text)")
    }

    /// `problem`, then the fix after a dash; `fix` is nil when the problem's own words already say it.
    func fail(_ problem: String, fix: String?) throws(ConsoleError) {
        failures += 1
        try line("✗ \(problem)" + (fix.map { " — \($0)" } ?? ""))
    }

    func skip(_ text: String) throws(ConsoleError) {
        try line("- \(text)")
    }

    private func line(_ text: String) throws(ConsoleError) {
        try console.out(TerminalText.sanitize(text) + "\n")
    }
}
