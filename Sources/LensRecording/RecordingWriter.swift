/// Appends recorded pages to a recording file (mode 0600), one synced line per page.
package struct RecordingWriter: Sendable {
    private let file: PrivateFile
    package var path: String { file.path }

    /// Opens `path` for appending; an existing recording grows (and is made 0600), a new file is
    /// created 0600. If the file ends in a cut-off line (a crash while writing), the next page
    /// starts on a line of its own.
    package init(path: String) throws(RecordingError) {
        file = try PrivateFile(path: path, mode: .append)
        if let last = file.lastByte(), last != UInt8(ascii: "\n") { try file.write([UInt8(ascii: "\n")]) }
    }

    /// Writes one page as one line; it is on disk when this returns.
    package func append(_ page: RecordedPage) throws(RecordingError) {
        let line: [UInt8]
        do { line = try page.line() } catch { throw RecordingError("\(path): cannot encode a page (\(error))") }
        try file.write(line)
    }

    /// Writes a line that says a transfer began a new leg.
    package func append(_ leg: RecordedLeg) throws(RecordingError) {
        let line: [UInt8]
        do { line = try leg.line() } catch { throw RecordingError("\(path): cannot encode a leg (\(error))") }
        try file.write(line)
    }

    func write(_ line: [UInt8]) throws(RecordingError) { try file.write(line) }
}
