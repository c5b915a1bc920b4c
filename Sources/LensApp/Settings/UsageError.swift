/// A command line lenstail cannot run, in one line that names the option: `lenstail` shows it
/// with the command's usage and exits 64 (EX_USAGE). The settings' rules throw it, so every rule
/// about what goes with what is tested in-process and the executable only parses.
package struct UsageError: Error, Hashable, Sendable, CustomStringConvertible {
    package let message: String
    package init(_ message: String) { self.message = message }
    package var description: String { message }
}
