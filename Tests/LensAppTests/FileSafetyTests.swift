import ContactLensModel
import Foundation
import LensRecording
import Testing

@testable import LensApp
@testable import LensUI

/// Every file lenstail writes — `--record`, `--log-file`, `-o`, the view's `w` — is private, never
/// written through a symbolic link, and an export replaces its target whole or not at all.
@Suite struct FileSafetyTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lenstail-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func mode(_ path: String) throws -> Int {
        try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int ?? -1
    }

    static let page = RecordedPage(
        receivedAt: Date(timeIntervalSince1970: 0), requestToken: nil, instanceId: "i",
        contactId: "c", response: ListSegmentsResponse(segments: [], nextToken: nil))

    @Test func aRecordingOrLogNeverFollowsASymbolicLink() throws {
        let dir = try Self.folder()
        let target = dir.appendingPathComponent("elsewhere.txt").path
        try Data("keep me\n".utf8).write(to: URL(fileURLWithPath: target))
        let link = dir.appendingPathComponent("call.jsonl").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        #expect { try RecordingWriter(path: link) } throws: { "\($0)".contains("symbolic link") }
        #expect { try PrivateFile(path: link, mode: .append) } throws: { "\($0)".contains("symbolic link") }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep me\n")
    }

    @Test func anExistingRecordingIsMadePrivateAndDirectoriesAreRefused() throws {
        let dir = try Self.folder()
        let path = dir.appendingPathComponent("call.jsonl").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(), attributes: [.posixPermissions: 0o644]))
        try RecordingWriter(path: path).append(Self.page)
        #expect(try Self.mode(path) == 0o600)
        #expect { try RecordingWriter(path: dir.path) } throws: { "\($0)" == "\(dir.path): is a directory; give a file name" }
    }

    @Test func anExportReplacesItsTargetWholeAndPrivately() async throws {
        let dir = try Self.folder()
        let recording = dir.appendingPathComponent("call.jsonl").path
        try RecordingWriter(path: recording).append(Self.page)
        let out = dir.appendingPathComponent("call.md").path
        #expect(FileManager.default.createFile(atPath: out, contents: Data("old\n".utf8), attributes: [.posixPermissions: 0o644]))
        try await ExportJob.run(
            .recording(path: recording), aws: AWSSettings(), fetch: FetchSettings(), format: .markdown,
            outputFile: out, console: MemoryConsole().console)
        #expect(try String(contentsOfFile: out, encoding: .utf8).hasPrefix("# Contact Lens analysis"))
        #expect(try Self.mode(out) == 0o600)
        // A link at the target is replaced by the file, the file it pointed to left alone.
        let target = dir.appendingPathComponent("precious.txt").path
        try Data("precious\n".utf8).write(to: URL(fileURLWithPath: target))
        let link = dir.appendingPathComponent("link.md").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        try await ExportJob.run(
            .recording(path: recording), aws: AWSSettings(), fetch: FetchSettings(), format: .text,
            outputFile: link, console: MemoryConsole().console)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "precious\n")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link)) == nil)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains(".lenstail-") }.isEmpty,
            "no temporary file left behind")
    }

    @Test func anExportOverItsOwnInputOrADirectoryIsRefused() async throws {
        let dir = try Self.folder()
        let recording = dir.appendingPathComponent("call.jsonl").path
        try RecordingWriter(path: recording).append(Self.page)
        let before = try Data(contentsOf: URL(fileURLWithPath: recording))
        await #expect {
            try await ExportJob.run(
                .recording(path: recording), aws: AWSSettings(), fetch: FetchSettings(),
                format: .json, outputFile: recording, console: MemoryConsole().console)
        } throws: { "\($0)".contains("is the recording being exported") }
        #expect(try Data(contentsOf: URL(fileURLWithPath: recording)) == before)
        await #expect {
            try await ExportJob.run(
                .recording(path: recording), aws: AWSSettings(), fetch: FetchSettings(),
                format: .json, outputFile: dir.path, console: MemoryConsole().console)
        } throws: { "\($0)".contains("is a directory") }
    }

    @Test func theSavedViewNeverWritesThroughALinkOrOverAFile() throws {
        let dir = try Self.folder()
        var state = try AppState(
            session: SessionInfo(instanceId: "i", contactId: "c", endpoint: "e"), size: Size(width: 80, height: 20))
        state.now = Date(timeIntervalSince1970: 1_800_000_000)
        let date = Date(timeIntervalSince1970: 1_800_000_000)
        let base = ViewSaver.fileBase(state, at: date)
        let target = dir.appendingPathComponent("precious.txt").path
        try Data("precious\n".utf8).write(to: URL(fileURLWithPath: target))
        try FileManager.default.createSymbolicLink(
            atPath: dir.appendingPathComponent(base + ".md").path, withDestinationPath: target)
        let notice = try ViewSaver.save(state, in: dir.path, at: date)
        #expect(notice.hasSuffix("\(base)-2.md"))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "precious\n")
        #expect(try Self.mode(dir.appendingPathComponent(base + "-2.md").path) == 0o600)
    }
}
