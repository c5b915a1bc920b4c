/// A recording that cannot be read or written, as one line naming the file.
public struct RecordingError: Error, Hashable, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
