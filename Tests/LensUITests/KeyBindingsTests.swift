import Foundation
import Testing

@testable import LensUI

/// The one key table: unambiguous, and its generated documentation current.
@Suite struct KeyBindingsTests {
    @Test func noKeyIsBoundTwiceInAMode() {
        let modes: [[KeyBinding.Group]] = [
            [.replay], [.typing], [.prompt], [.wall, .general],
            KeyBinding.Group.allCases.filter { ![.replay, .typing, .prompt, .wall].contains($0) },
        ]
        for mode in modes {
            let keys = KeyBindings.all.filter { mode.contains($0.group) }.flatMap(\.keys)
            #expect(Set(keys).count == keys.count)
        }
    }

    /// Every key a screen acts on and every key name it shows come from the table: no source of
    /// the view, the terminal, the app or the command line but the table, the key type and the
    /// terminal's key decoder writes a key — as a name in a string ("Esc", "q quits") or as a
    /// `Key` value (`.char("q")`, `Key.escape`, `key == .enter`).
    @Test func keyNamesAreWrittenOnlyInTheTable() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        let allowed = ["KeyBindings.swift", "Key.swift", "KeyDecoder.swift"]
        var files: [(url: URL, screen: Bool)] = []
        for module in ["LensUI", "LensTerminal", "LensApp", "lenstail"] {
            files += FileManager.default.enumerator(at: root.appendingPathComponent(module), includingPropertiesForKeys: nil)!
                .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" && !allowed.contains($0.lastPathComponent) }
                .map { ($0, module == "LensUI" || module == "LensTerminal") }
        }
        #expect(files.count > 80)
        let keys = Set(KeyBindings.all.flatMap(\.keys))
        let words = keys.map(\.label).filter { $0.count > 1 && $0.allSatisfy { $0.isLetter || $0 == "-" } }
        let letters = keys.map(\.label).filter { $0.count == 1 }
        let labels = Set(keys.map(\.label))
        // A short text drawn in the keys' style ("/" before a search being typed) is a key's name.
        let keyStyled = try Regex(#""((?:[^"\\]|\\.){1,9})",\s*(style:\s*)?\.key\b"#)
        let keyValues = try Regex(#"\.(char|ctrl)\(\s*"|\bKey\.[a-z]|\bkey\s*[!=]=\s*\."#)
        var found: [String] = []
        for (file, screen) in files {
            let source = try String(contentsOf: file, encoding: .utf8)
            for line in source.split(separator: "\n") where line.contains(keyValues) {
                found.append("\(file.lastPathComponent): a key value: \(line.trimmingCharacters(in: .whitespaces))")
            }
            for match in source.matches(of: keyStyled) {
                let text = String(match.output[1].substring ?? "")
                if labels.contains(text) { found.append("\(file.lastPathComponent): \"\(text)\" in the keys' style") }
            }
            for literal in Self.stringLiterals(source) {
                for word in words where literal.range(of: "\\b\(word)\\b", options: .regularExpression) != nil {
                    found.append("\(file.lastPathComponent): \"\(literal)\" names \(word)")
                }
                for letter in letters {
                    // "· q quits", "press / to search", "n/N next": a key, then what it does. Outside
                    // the screens' code, prose ("A queue's name") starts that way: only "press x" counts.
                    let pattern =
                        (screen ? "(^ ?|· |press )" : "press ") + NSRegularExpression.escapedPattern(for: letter)
                        + "(/\\S)? [a-z]"
                    if literal.range(of: pattern, options: .regularExpression) != nil {
                        found.append("\(file.lastPathComponent): \"\(literal)\" names \(letter)")
                    }
                }
            }
        }
        #expect(found.isEmpty, "\(found)")
    }

    /// The text of each string literal, interpolations left out.
    static func stringLiterals(_ source: String) -> [String] {
        let withoutInterpolations = source.replacingOccurrences(
            of: #"\\\([^()]*(\([^()]*\)[^()]*)*\)"#, with: " ",
            options: .regularExpression)
        let regex = try! NSRegularExpression(pattern: #""((?:[^"\\\n]|\\.)*)""#)
        let range = NSRange(withoutInterpolations.startIndex..., in: withoutInterpolations)
        return regex.matches(in: withoutInterpolations, range: range).compactMap {
            Range($0.range(at: 1), in: withoutInterpolations).map { String(withoutInterpolations[$0]) }
        }
    }

    /// Only Space changes meaning while replaying (pause instead of page down); the rest keep theirs.
    @Test func replayKeysOverrideOnlySpace() {
        let replayKeys = Set(KeyBindings.all.filter { $0.group == .replay }.flatMap(\.keys))
        let liveKeys = Set(KeyBindings.active(replaying: false).flatMap(\.keys))
        #expect(replayKeys.intersection(liveKeys) == [.char(" ")])
        #expect(KeyBindings.callAction(for: .char(" ")) == .pageDown)
        #expect(KeyBindings.callAction(for: .char(" "), replaying: true) == .playPause)
        #expect(KeyBindings.callAction(for: .left) == nil)
        #expect(KeyBindings.callAction(for: .left, replaying: true) == .seekBack)
        #expect(KeyBindings.callAction(for: .char("j"), replaying: true) == .lineDown)
    }

    @Test func everyActionHasAKey() {
        let bound = Set(KeyBindings.all.map(\.action))
        #expect(Set(Action.allCases).subtracting(bound).isEmpty)
    }

    /// Fails when Docs/KEYBINDINGS.md no longer matches the table; LENSTAIL_RECORD=1 rewrites it.
    @Test func docsAreCurrent() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let file = root.appendingPathComponent("Docs/KEYBINDINGS.md")
        if ProcessInfo.processInfo.environment["LENSTAIL_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try KeyBindings.markdown.write(to: file, atomically: true, encoding: .utf8)
        }
        let current = try? String(contentsOf: file, encoding: .utf8)
        #expect(current == KeyBindings.markdown, "Docs/KEYBINDINGS.md is stale: run the tests with LENSTAIL_RECORD=1")
    }
}
