import Foundation
import Testing
@testable import LensUI

/// The one key table: unambiguous, and its generated documentation current.
@Suite struct KeyBindingsTests {
    @Test func noKeyIsBoundTwiceInAMode() {
        for replaying in [false, true] {
            let keys = KeyBindings.all.filter { ($0.group == .replay) == replaying }.flatMap(\.keys)
            #expect(Set(keys).count == keys.count)
        }
    }

    /// Only Space changes meaning while replaying (pause instead of page down); the rest keep theirs.
    @Test func replayKeysOverrideOnlySpace() {
        let replayKeys = Set(KeyBindings.all.filter { $0.group == .replay }.flatMap(\.keys))
        let liveKeys = Set(KeyBindings.active(replaying: false).flatMap(\.keys))
        #expect(replayKeys.intersection(liveKeys) == [.char(" ")])
        #expect(KeyBindings.action(for: .char(" ")) == .pageDown)
        #expect(KeyBindings.action(for: .char(" "), replaying: true) == .playPause)
        #expect(KeyBindings.action(for: .left) == nil)
        #expect(KeyBindings.action(for: .left, replaying: true) == .seekBack)
        #expect(KeyBindings.action(for: .char("j"), replaying: true) == .lineDown)
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
