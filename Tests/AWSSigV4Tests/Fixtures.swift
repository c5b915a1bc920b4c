import Foundation

/// Locates the test fixtures copied into the bundle (`.copy("Fixtures")`).
enum Fixtures {
    static var root: URL {
        get throws {
            guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
                throw CocoaError(.fileNoSuchFile)
            }
            return url
        }
    }

    static func data(_ relativePath: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(relativePath))
    }

    static func text(_ relativePath: String) throws -> String {
        String(decoding: try data(relativePath), as: UTF8.self)
    }

    /// The AWS suite case folders present in the bundle (sorted); empty if the bundle is missing.
    static var suiteCases: [String] {
        guard let dir = try? root.appendingPathComponent("aws-signing-test-suite-v4"),
            let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path)
        else { return [] }
        return names.filter { !$0.contains(".") }.sorted()
    }
}
