/// Appends recorded pages to a recording file (mode 0600), one synced line per page.
public struct RecordingWriter: Sendable {
    private let file: PrivateFile
    public var path: String { file.path }

    /// Opens `path` for appending; an existing recording grows, a new file is created 0600.
    public init(path: String) throws(RecordingError) {
        file = try PrivateFile(path: path, append: true)
    }

    /// Writes one page as one line; it is on disk when this returns.
    public func append(_ page: RecordedPage) throws(RecordingError) {
        let line: [UInt8]
        do { line = try page.line() } catch { throw RecordingError("\(path): cannot encode a page (\(error))") }
        try file.write(line)
    }

    func write(_ line: [UInt8]) throws(RecordingError) { try file.write(line) }
}
