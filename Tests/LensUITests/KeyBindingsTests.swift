import Foundation
import Testing
@testable import LensUI

/// The one key table: unambiguous, and its generated documentation current.
@Suite struct KeyBindingsTests {
    @Test func noKeyIsBoundTwice() {
        let keys = KeyBindings.all.flatMap(\.keys)
        #expect(Set(keys).count == keys.count)
    }

    @Test func everyActionHasAKey() {
        let bound = Set(KeyBindings.all.map(\.action))
        #expect(Set(Action.allCases).subtracting(bound).isEmpty)
    }

    /// Fails when Docs/KEYBINDINGS.md no longer matches the table; LENSTAIL_RECORD=1 rewrites it.
    @Test func docsAreCurrent() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let file = root.appendingPathComponent("Docs/KEYBINDINGS.md")
        if ProcessInfo.processInfo.environment["LENSTAIL_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try KeyBindings.markdown.write(to: file, atomically: true, encoding: .utf8)
        }
        let current = try? String(contentsOf: file, encoding: .utf8)
        #expect(current == KeyBindings.markdown, "Docs/KEYBINDINGS.md is stale: run the tests with LENSTAIL_RECORD=1")
    }
}
