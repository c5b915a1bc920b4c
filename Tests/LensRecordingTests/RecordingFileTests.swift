import ContactLensModel
import Foundation
import LensRecording
import Testing

/// The recording file: one line per page with the body verbatim, 0600, and clear errors.
struct RecordingFileTests {
    static func temporaryPath(_ name: String = "recording.jsonl") -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lenstail-rec-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent(name).path
    }

    @Test func recordingsAreCreatedOwnerOnlyAndAppendedTo() throws {
        let path = Self.temporaryPath()
        let page = RecordedPage(
            receivedAt: Date(), requestToken: nil, instanceId: "i", contactId: "c",
            response: ListSegmentsResponse(segments: [], nextToken: "n"))
        try RecordingWriter(path: path).append(page)
        try RecordingWriter(path: path).append(page)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try Recording.load(contentsOf: URL(fileURLWithPath: path)).pages.count == 2)
        try PrivateFile.replace(path + ".md", with: Array("x".utf8))
        #expect(try FileManager.default.attributesOfItem(atPath: path + ".md")[.posixPermissions] as? Int == 0o600)
    }

    static func line(_ token: String?) throws -> String {
        let page = RecordedPage(
            receivedAt: Date(timeIntervalSince1970: 0), requestToken: token, instanceId: "i",
            contactId: "c", response: ListSegmentsResponse(segments: [], nextToken: "n"))
        return String(decoding: try page.line(), as: UTF8.self)
    }

    @Test func aCutOffLastLineKeepsThePagesBeforeItWithAWarning() throws {
        let whole = try Self.line(nil) + Self.line("n")
        let cut = whole + String(try Self.line("m").prefix(30))
        let recording = try Recording.parse(Data(cut.utf8))
        #expect(recording.pages.count == 2)
        #expect(recording.warning?.contains("incomplete") == true)
    }

    @Test(arguments: [
        ("", "empty"),
        ("\n\n", "empty"),
        ("hello world\n", "not a lenstail recording"),
        ("{\"Contacts\":[]}\n", "not a lenstail recording"),
        ("[1,2]\n", "not a lenstail recording"),
        ("{\"receivedAt\":\"2026-01-01T00:00:00Z\",\"response\":{\"Segments\":7}}\n", "line 1"),
        ("{\"receivedAt\":\"yesterday\",\"response\":{\"Segments\":[]}}\n", "ISO 8601"),
    ])
    func badFilesGiveOneClearLine(content: String, mentions: String) {
        #expect {
            _ = try Recording.parse(Data(content.utf8))
        } throws: { error in
            let message = String(describing: error)
            return message.contains(mentions) && !message.contains("\n")
        }
    }

    /// A directory or a missing file given as the recording: one line that says which.
    @Test func aDirectoryOrAMissingFileIsOneClearLine() {
        let directory = URL(fileURLWithPath: Self.temporaryPath()).deletingLastPathComponent()
        #expect {
            _ = try Recording.load(contentsOf: directory)
        } throws: { "\($0)" == "\(directory.path): is a directory; give a file name" }
        let missing = directory.appendingPathComponent("nope.jsonl")
        #expect {
            _ = try Recording.load(contentsOf: missing)
        } throws: { "\($0)" == "\(missing.path): cannot read it (no such file)" }
    }

    /// A line cut off by a crash, then appended to: skipped with a warning, never the whole file.
    @Test func aCutOffLineInTheMiddleIsSkippedWithAWarning() throws {
        let text = try Self.line(nil) + "{broken\n" + Self.line("n")
        let recording = try Recording.parse(Data(text.utf8))
        #expect(recording.pages.map(\.requestToken) == [nil, "n"])
        #expect(
            recording.warning
                == "line 2 is incomplete (the recording was cut off while writing) and skipped; using the 2 whole pages")
    }

    /// An older lenstail appended straight after a cut-off line: the page glued to it is read.
    @Test func aPageGluedToACutOffLineIsRead() throws {
        let text = try Self.line(nil) + String(try Self.line("m").prefix(40)) + Self.line("n")
        let recording = try Recording.parse(Data(text.utf8))
        #expect(recording.pages.map(\.requestToken) == [nil, "n"])
        #expect(recording.warning?.contains("incomplete") == true)
    }

    /// JSON that is not a page in the middle: the file is something else, an error.
    @Test func aLineThatIsJSONButNoPageIsAnError() throws {
        let text = try Self.line(nil) + "[1,2]\n" + Self.line("n")
        #expect(throws: RecordingError.self) { try Recording.parse(Data(text.utf8)) }
    }

    /// Appending to a recording that ends in a cut-off line starts on a line of its own.
    @Test func appendingAfterACutOffLineStartsANewLine() throws {
        let path = Self.temporaryPath()
        try Data((try Self.line(nil) + String(try Self.line("m").prefix(40))).utf8).write(to: URL(fileURLWithPath: path))
        let page = RecordedPage(
            receivedAt: Date(timeIntervalSince1970: 0), requestToken: "n", instanceId: "i", contactId: "c",
            response: ListSegmentsResponse(segments: [], nextToken: "x"))
        try RecordingWriter(path: path).append(page)
        let recording = try Recording.load(contentsOf: URL(fileURLWithPath: path))
        #expect(recording.pages.map(\.requestToken) == [nil, "n"])
        #expect(try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").count == 3)
    }

    @Test func recordingsAreToldApartFromScenarios() throws {
        #expect(Recording.looksLikeRecording(Data(try Self.line(nil).utf8)))
        #expect(!Recording.looksLikeRecording(Data("{\n  \"Contacts\": []\n}\n".utf8)))
    }
}
