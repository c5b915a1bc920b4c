import Foundation
import Testing

/// Compares `actual` with the file `__Snapshots__/<fileName>` beside the test at `filePath`.
/// `LENSTAIL_RECORD=1` (or a missing file outside CI) writes the snapshot instead. One place for
/// every test target's text snapshots: screens and exports are recorded and compared alike.
public func assertTextSnapshot(
    _ actual: String, fileName: String, filePath: String, sourceLocation: SourceLocation
) {
    let dir = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let file = dir.appendingPathComponent(fileName)
    let env = ProcessInfo.processInfo.environment
    let existing = try? String(contentsOf: file, encoding: .utf8)
    if env["LENSTAIL_RECORD"] == "1" || (existing == nil && env["CI"] != "true") {
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try? actual.write(to: file, atomically: true, encoding: .utf8)
        if existing == nil {
            Issue.record("recorded new snapshot \(fileName); check it and run again", sourceLocation: sourceLocation)
        }
        return
    }
    guard let existing else {
        Issue.record("missing snapshot \(fileName) (record with LENSTAIL_RECORD=1)", sourceLocation: sourceLocation)
        return
    }
    if existing != actual {
        Issue.record(
            "snapshot \(fileName) differs (re-record with LENSTAIL_RECORD=1 if intended)\n--- expected\n\(existing)\n--- actual\n\(actual)",
            sourceLocation: sourceLocation)
    }
}
