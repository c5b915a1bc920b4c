import Foundation
import Testing

/// One file to install (#23): the static binary stays under its 45 MB budget only while no object
/// linked into lenstail names a type or function of full Foundation, since one such name links all
/// of it with ICU's data (44 MB of the 90.6 MB binary before). The objects the debug build linked
/// into lenstail (its `Objects.LinkFileList`) are read with `nm`; any undefined symbol of module
/// `Foundation` fails the test, naming the file and the symbol. Docs/PERFORMANCE.md says how to
/// replace one (FoundationEssentials, LensBasics).
@Suite struct FullFoundationTests {
    @Test func noObjectLinkedIntoLenstailNamesFullFoundation() async throws {
        let list = LenstailProcess.binary.deletingLastPathComponent().appendingPathComponent(
            "lenstail.product/Objects.LinkFileList")
        let objects = try String(contentsOf: list, encoding: .utf8).split(separator: "\n")
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "'")) }
        #expect(objects.count > 100, "\(list.path) lists \(objects.count) objects")
        let nm = try await LenstailProcess.run(
            ["-u", "-A"] + objects, timeout: .seconds(300), executable: URL(fileURLWithPath: "/usr/bin/nm"))
        #expect(nm.status == 0, "\(nm.stderr.prefix(500))")
        #expect(nm.stdout.contains("FoundationEssentials"), "nm read no Swift objects")
        // A mangled name spells its module with its length (`10Foundation`, `…10FoundationE…` for an
        // extension); the candidates are demangled to tell Foundation from FoundationEssentials.
        let candidates = nm.stdout.split(separator: "\n").filter { $0.contains("10Foundation") }
        let symbols = candidates.compactMap { $0.split(separator: " ").last.map(String.init) }
        var named: [String] = []
        if !symbols.isEmpty {
            let demangled = try await LenstailProcess.run(
                ["swift-demangle"] + symbols, timeout: .seconds(120), executable: URL(fileURLWithPath: "/usr/bin/env"))
            #expect(demangled.status == 0, "\(demangled.stderr.prefix(300))")
            let lines = demangled.stdout.split(separator: "\n").map(String.init)
            for (candidate, line) in zip(candidates, lines) where Self.namesFullFoundation(line) {
                named.append("\(candidate.split(separator: ":").first ?? ""): \(line)")
            }
        }
        #expect(named.isEmpty, "\(named.count) symbol(s) of full Foundation in lenstail's objects: \(named.prefix(10))")
    }

    /// `Foundation.CharacterSet`, `(extension in Foundation):…`, but not `FoundationEssentials.Data`.
    static func namesFullFoundation(_ demangled: String) -> Bool {
        demangled.contains("in Foundation)") || demangled.contains("in Foundation):")
            || demangled.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" && $0 != "." })
                .contains { $0.hasPrefix("Foundation.") }
    }

    @Test func theCheckTellsFullFoundationFromFoundationEssentials() {
        #expect(Self.namesFullFoundation("static Foundation.CharacterSet.whitespaces.getter : Foundation.CharacterSet"))
        #expect(
            Self.namesFullFoundation("(extension in Foundation):Swift.StringProtocol.trimmingCharacters(in:) -> Swift.String"))
        #expect(
            !Self.namesFullFoundation(
                "(extension in NIOFoundationEssentialsCompat):NIOCore.ByteBuffer.getData() -> FoundationEssentials.Data?"))
    }
}
