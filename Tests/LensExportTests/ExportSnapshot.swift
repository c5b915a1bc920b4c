import Foundation
import Testing

/// Compares an export with `__Snapshots__/<name>` beside this file.
/// `LENSTAIL_RECORD=1` (or a missing file outside CI) writes the snapshot instead.
func assertExportSnapshot(
    _ actual: String, named name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation
) {
    let dir = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let file = dir.appendingPathComponent(name)
    let env = ProcessInfo.processInfo.environment
    let existing = try? String(contentsOf: file, encoding: .utf8)
    if env["LENSTAIL_RECORD"] == "1" || (existing == nil && env["CI"] != "true") {
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try? actual.write(to: file, atomically: true, encoding: .utf8)
        if existing == nil {
            Issue.record("recorded new snapshot \(name); check it and run again", sourceLocation: sourceLocation)
        }
        return
    }
    guard let existing else {
        Issue.record("missing snapshot \(name) (record with LENSTAIL_RECORD=1)", sourceLocation: sourceLocation)
        return
    }
    if existing != actual {
        Issue.record(
            "snapshot \(name) differs (re-record with LENSTAIL_RECORD=1 if intended)\n--- expected\n\(existing)\n--- actual\n\(actual)",
            sourceLocation: sourceLocation)
    }
}
