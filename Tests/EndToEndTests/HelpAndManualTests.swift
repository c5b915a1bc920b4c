import Foundation
import Testing

/// `--help` and the manual pages as a user reads them at 80 columns: examples whole, mdoc
/// without warnings, and the pages holding the help's examples as written (so a page that fell
/// behind the help, or reflowed it, fails). `scripts/manpages.sh` regenerates the pages.
@Suite struct HelpAndManualTests {
    static let commands = ["", "follow", "demo", "simulate", "replay", "export", "check", "wall", "monitor", "search"]

    /// The help's text before its option list (the overview and the discussion).
    static func discussion(_ command: String) async throws -> [Substring] {
        let help = try await LenstailProcess.run((command.isEmpty ? [] : [command]) + ["--help"], timeout: .seconds(20))
        #expect(help.status == 0)
        return help.stdout.split(separator: "\n", omittingEmptySubsequences: false).prefix { !$0.hasPrefix("USAGE:") }
    }

    static func page(_ command: String) -> URL {
        BenchGateTests.root.appendingPathComponent("Docs/man/lenstail\(command.isEmpty ? "" : ".\(command)").1")
    }

    /// An indented line (an example, an item of a list) that ArgumentParser wrapped at 80
    /// columns goes on at column 0 on the next line.
    @Test(arguments: commands) func helpExamplesAreNotBrokenAt80Columns(command: String) async throws {
        let lines = try await Self.discussion(command)
        for (line, next) in zip(lines, lines.dropFirst()) where line.hasPrefix("  ") {
            #expect(next.isEmpty || next.hasPrefix(" "), "lenstail \(command) --help breaks \"\(line)\" before \"\(next)\"")
        }
        #expect(lines.contains { $0.hasPrefix("  lenstail") }, "lenstail \(command) --help has examples")
    }

    @Test(arguments: commands) func manualPagesHaveNoMdocWarnings(command: String) async throws {
        let groff = try await LenstailProcess.run(
            ["-mdoc", "-ww", "-z", Self.page(command).path], executable: URL(fileURLWithPath: "/usr/bin/groff"))
        #expect(groff.status == 0 && groff.stderr.isEmpty, "\(Self.page(command).lastPathComponent): \(groff.stderr)")
    }

    @Test(arguments: commands) func manualPagesShowTheHelpsExamplesAsWritten(command: String) async throws {
        let rendered = try await LenstailProcess.run(
            ["-mdoc", "-Tutf8", "-rLL=80n", "-P-cbou", Self.page(command).path],
            executable: URL(fileURLWithPath: "/usr/bin/groff"))
        let shown = Set(rendered.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        for example in try await Self.discussion(command) where example.hasPrefix("  lenstail") {
            // The generator writes ASCII: an ellipsis in the help is left out of the page.
            let expected = example.replacingOccurrences(of: "…", with: "").trimmingCharacters(in: .whitespaces)
            let found = shown.contains(expected)
            #expect(found, "\(Self.page(command).lastPathComponent) lacks \"\(expected)\" as one line")
        }
    }
}
