import Foundation
import TestSupport
import Testing

@testable import LensUI

/// Compares a screen with `__Snapshots__/<name>.txt` beside this file.
/// `LENSTAIL_RECORD=1` (or a missing file outside CI) writes the snapshot instead.
func assertSnapshot(
    _ screen: Screen, named name: String, filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    assertTextSnapshot(screen.snapshot, fileName: "\(name).txt", filePath: filePath, sourceLocation: sourceLocation)
}
