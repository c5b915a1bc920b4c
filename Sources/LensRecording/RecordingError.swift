/// A recording that cannot be read or written, as one line naming the file.
package struct RecordingError: Error, Hashable, Sendable, CustomStringConvertible {
    package let message: String
    package init(_ message: String) { self.message = message }
    package var description: String { message }
}
