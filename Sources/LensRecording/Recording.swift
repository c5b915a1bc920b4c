import ContactLensModel
import Foundation

/// A recording read back: its whole pages in file order, and a warning when the last line was cut off.
public struct Recording: Sendable {
    public var pages: [RecordedPage]
    /// Set when the file ends in an incomplete line (a crash while writing); its pages still count.
    public var warning: String?

    public init(pages: [RecordedPage], warning: String? = nil) {
        self.pages = pages
        self.warning = warning
    }

    /// True when `data` starts like a recording: a first line that is a JSON object with the
    /// recording's keys. Lets `--scenario` tell recordings from scenario files.
    public static func looksLikeRecording(_ data: Data) -> Bool {
        guard let first = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true).first,
              let object = try? JSONSerialization.jsonObject(with: Data(first)) as? [String: Any] else { return false }
        return RecordedPage.requiredKeys.allSatisfy { object[$0] != nil }
            || RecordedStreamEvent.requiredKeys.allSatisfy { object[$0] != nil }
    }

    /// What the recording holds: API pages (`api`) or segment-stream events (`kinesis`).
    public var source: String { pages.contains { $0.streamEventType != nil } ? RecordedStreamEvent.source : "api" }

    /// Reads a recording; errors are one line that names the file.
    public static func load(contentsOf url: URL) throws(RecordingError) -> Recording {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw RecordingError("\(url.path): cannot read the file (\(error.localizedDescription))")
        }
        do {
            return try parse(data)
        } catch {
            throw RecordingError("\(url.path): \(error.message)")
        }
    }

    /// Parses JSON lines. A bad last line without a final newline is a cut-off write: the pages
    /// before it are kept with a warning. Any other bad line is an error.
    public static func parse(_ data: Data) throws(RecordingError) -> Recording {
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let endsWithNewline = data.last == UInt8(ascii: "\n")
        var pages: [RecordedPage] = []
        var warning: String?
        for (index, line) in lines.enumerated() {
            if line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\t") }) {
                continue
            }
            do {
                pages.append(try isStreamLine(line) ? RecordedStreamEvent.decodePage(line: Data(line))
                                                    : RecordedPage.decode(line: Data(line)))
            } catch {
                let isLast = index == lines.count - 1
                if isLast, !endsWithNewline, !pages.isEmpty {
                    warning = "the last line is incomplete (the recording was cut off); "
                        + "using the \(pages.count) whole page\(pages.count == 1 ? "" : "s") before it"
                    break
                }
                throw describe(error, line: Data(line), number: index + 1, firstPage: pages.isEmpty)
            }
        }
        if pages.isEmpty { throw RecordingError("empty recording: no pages") }
        return Recording(pages: pages, warning: warning)
    }

    /// A stream line says `"source":"kinesis"` right after receivedAt (checked cheaply, then for real).
    private static func isStreamLine(_ line: Data.SubSequence) -> Bool {
        guard line.range(of: Data("\"source\":\"kinesis\"".utf8)) != nil,
              let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else { return false }
        return object["source"] as? String == RecordedStreamEvent.source
    }

    private static func describe(_ error: any Error, line: Data, number: Int, firstPage: Bool) -> RecordingError {
        let object = try? JSONSerialization.jsonObject(with: line, options: [.fragmentsAllowed])
        if object == nil {
            return RecordingError(firstPage ? "not a lenstail recording (line \(number) is not JSON)"
                                            : "line \(number) is not JSON")
        }
        if let error = error as? RecordingError { return RecordingError("line \(number): \(error.message)") }
        if let dictionary = object as? [String: Any], dictionary["source"] as? String == RecordedStreamEvent.source {
            return RecordingError("line \(number): \((error as? RecordingError)?.message ?? "not a segment-stream event")")
        }
        guard let dictionary = object as? [String: Any], RecordedPage.requiredKeys.allSatisfy({ dictionary[$0] != nil }) else {
            return RecordingError("not a lenstail recording (line \(number) has no receivedAt and response; see Docs/RECORDING.md)")
        }
        return RecordingError("line \(number): the response is not a ListRealtimeContactAnalysisSegments page")
    }
}
