import ContactLensModel
import FoundationEssentials
import LensRecording

/// `--alert-log FILE`: one JSON line per alert, appended to a file only its owner can read.
package final class AlertLog: Sendable {
    private let file: PrivateFile

    package init(path: String) throws {
        do { file = try PrivateFile(path: path, mode: .append) } catch { throw FatalError("--alert-log: \(error.message)") }
    }

    /// Appends the alert as one JSON line.
    package func write(_ alert: WallAlert) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let line = try encoder.encode(alert) + Data("\n".utf8)
        try file.write(Array(line))
    }
}
