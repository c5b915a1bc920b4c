import ContactLensModel
import FoundationEssentials

/// A recording read back: its whole pages in file order, and a warning when the last line was cut off.
package struct Recording: Sendable {
    package var pages: [RecordedPage]
    /// Set when the file ends in an incomplete line (a crash while writing); its pages still count.
    package var warning: String?
    /// The legs transfers began, in order, each where its pages begin; none in a recording of
    /// one contact. A leg said again (its agent known later) is the same leg, better known.
    package var legs: [RecordedLegStart]

    package init(pages: [RecordedPage], warning: String? = nil, legs: [RecordedLegStart] = []) {
        self.pages = pages
        self.warning = warning
        self.legs = legs
    }

    /// True when `data` starts like a recording: a first line that is a JSON object with the
    /// recording's keys. Lets `--scenario` tell recordings from scenario files.
    package static func looksLikeRecording(_ data: Data) -> Bool {
        guard let first = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true).first,
            let object = (try? JSONValue.parse(Array(first)))?.members
        else { return false }
        return RecordedPage.requiredKeys.allSatisfy { object[$0] != nil }
            || RecordedStreamEvent.requiredKeys.allSatisfy { object[$0] != nil }
    }

    /// What the recording holds: API pages (`api`) or segment-stream events (`kinesis`).
    package var source: String { pages.contains { $0.streamEventType != nil } ? RecordedStreamEvent.source : "api" }

    /// Reads a recording; errors are one line that names the file.
    package static func load(contentsOf url: URL) throws(RecordingError) -> Recording {
        let data = try FileContents.read(url)
        do {
            return try parse(data)
        } catch {
            throw RecordingError("\(url.path): \(error.message)")
        }
    }

    /// Parses JSON lines. A line that is not JSON is a cut-off write (a crash mid-line, after
    /// which appending went on): it is skipped with a warning, and a page glued to its end is
    /// read. A line that is JSON but not a page means the file is something else: an error.
    package static func parse(_ data: Data) throws(RecordingError) -> Recording {
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        var pages: [RecordedPage] = []
        var legs: [RecordedLegStart] = []
        var cutOff: [Int] = []
        for (index, line) in lines.enumerated() {
            if line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\t") }) {
                continue
            }
            if RecordedLeg.isLegLine(line) {
                do { add(try RecordedLeg.decode(line: Data(line)).leg, at: pages.count, to: &legs) } catch {
                    throw RecordingError("line \(index + 1): \((error as? RecordingError)?.message ?? "not a leg: \(error)")")
                }
                continue
            }
            do {
                pages.append(
                    try isStreamLine(line)
                        ? RecordedStreamEvent.decodePage(line: Data(line))
                        : RecordedPage.decode(line: Data(line)))
            } catch {
                guard !JSONValue.isValid(Array(line)) else {
                    throw describe(error, line: Data(line), number: index + 1, firstPage: pages.isEmpty)
                }
                cutOff.append(index + 1)
                if let glued = gluedPage(in: Data(line)) { pages.append(glued) }
            }
        }
        if pages.isEmpty {
            if let first = cutOff.first { throw RecordingError("not a lenstail recording (line \(first) is not JSON)") }
            throw RecordingError("empty recording: no pages")
        }
        return Recording(
            pages: pages, warning: warning(cutOff: cutOff, lineCount: lines.count, pages: pages.count), legs: legs)
    }

    /// A leg line: a new leg where the pages stand, or what was known of the last one, updated.
    private static func add(_ leg: TransferLeg, at page: Int, to legs: inout [RecordedLegStart]) {
        if let last = legs.last, last.leg.number == leg.number {
            legs[legs.count - 1].leg = leg
        } else {
            legs.append(RecordedLegStart(page: page, leg: leg))
        }
    }

    /// A page that begins inside a cut-off line (appended after a crash by an older lenstail).
    private static func gluedPage(in line: Data) -> RecordedPage? {
        guard let found = line.dropFirst().firstRange(of: Array(#"{"receivedAt":"#.utf8)) else { return nil }
        return try? RecordedPage.decode(line: Data(line[found.lowerBound...]))
    }

    private static func warning(cutOff: [Int], lineCount: Int, pages: Int) -> String? {
        guard !cutOff.isEmpty else { return nil }
        let using = "using the \(pages) whole page\(pages == 1 ? "" : "s")"
        if cutOff == [lineCount] || cutOff == [lineCount - 1] && lineCount > 1 {
            return "the last line is incomplete (the recording was cut off); \(using) before it"
        }
        let lines = cutOff.count == 1 ? "line \(cutOff[0]) is" : "lines \(cutOff.map(String.init).joined(separator: ", ")) are"
        return "\(lines) incomplete (the recording was cut off while writing) and skipped; \(using)"
    }

    /// A stream line says `"source":"kinesis"` right after receivedAt (checked cheaply, then for real).
    private static func isStreamLine(_ line: Data.SubSequence) -> Bool {
        guard line.firstRange(of: Array("\"source\":\"kinesis\"".utf8)) != nil,
            let object = try? JSONValue.parse(Array(line))
        else { return false }
        return object[member: "source"]?.string == RecordedStreamEvent.source
    }

    private static func describe(_ error: any Error, line: Data, number: Int, firstPage: Bool) -> RecordingError {
        let object = try? JSONValue.parse(Array(line))
        if object == nil {
            return RecordingError(
                firstPage
                    ? "not a lenstail recording (line \(number) is not JSON)"
                    : "line \(number) is not JSON")
        }
        if let error = error as? RecordingError { return RecordingError("line \(number): \(error.message)") }
        if object?[member: "source"]?.string == RecordedStreamEvent.source {
            return RecordingError("line \(number): \((error as? RecordingError)?.message ?? "not a segment-stream event")")
        }
        guard let dictionary = object?.members, RecordedPage.requiredKeys.allSatisfy({ dictionary[$0] != nil }) else {
            return RecordingError(
                "not a lenstail recording (line \(number) has no receivedAt and response; see Docs/RECORDING.md)")
        }
        return RecordingError("line \(number): the response is not a ListRealtimeContactAnalysisSegments page")
    }
}
