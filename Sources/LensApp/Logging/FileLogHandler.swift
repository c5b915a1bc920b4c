import ContactLensModel
import FoundationEssentials
import LensRecording
import Logging

/// A swift-log handler that appends one line per message to a file only its owner can read.
/// Lines are sanitised: a log of hostile transcript text is safe to `cat`.
struct FileLogHandler: LogHandler {
    let file: PrivateFile
    let label: String
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]
    var metadataProvider: Logger.MetadataProvider?

    /// Opens (or creates) `path` for appending, mode 0600 even when it existed with wider rights.
    static func open(path: String) throws(RecordingError) -> PrivateFile {
        try PrivateFile(path: path, mode: .append)
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let all = metadata.merging(event.metadata ?? [:]) { $1 }
        let fields = all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        let text =
            "\(Date().formatted(.iso8601)) \(event.level) \(label): \(event.message)" + (fields.isEmpty ? "" : " \(fields)")
        try? file.write(Array((TerminalText.sanitize(text) + "\n").utf8))
    }
}
