import TestSupport
import Testing

/// Compares an export with `__Snapshots__/<name>` beside this file.
/// `LENSTAIL_RECORD=1` (or a missing file outside CI) writes the snapshot instead.
func assertExportSnapshot(
    _ actual: String, named name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation
) {
    assertTextSnapshot(actual, fileName: name, filePath: filePath, sourceLocation: sourceLocation)
}
