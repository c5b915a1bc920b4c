/// Appends recorded pages to a recording file (mode 0600), one synced line per page.
package struct RecordingWriter: Sendable {
    private let file: PrivateFile
    package var path: String { file.path }

    /// Opens `path` for appending; an existing recording grows, a new file is created 0600.
    package init(path: String) throws(RecordingError) {
        file = try PrivateFile(path: path, append: true)
    }

    /// Writes one page as one line; it is on disk when this returns.
    package func append(_ page: RecordedPage) throws(RecordingError) {
        let line: [UInt8]
        do { line = try page.line() } catch { throw RecordingError("\(path): cannot encode a page (\(error))") }
        try file.write(line)
    }
}
