import ContactLensModel

/// A command that failed: one line for the user, exit status 1.
package struct FatalError: Error, CustomStringConvertible, Sendable {
    package let description: String
    package init(_ message: String) { description = TerminalText.sanitize(message) }
}

/// The command stopped because the user (Ctrl-C) or a signal asked it to: exit 128 + signal.
package struct Interrupted: Error, Hashable, Sendable {
    package let signal: Int32
    package init(signal: Int32 = 2) { self.signal = signal }
    package var exitStatus: Int32 { 128 + signal }
}
