import ArgumentParser

/// `--max-rate`: spaces the starts of requests. AWS allows about one a second per account; a
/// large value (up to a million) takes the spacing away, for an emulator on loopback.
enum MaxRate {
    static let range = 0.001...1_000_000.0

    static func validate(_ rate: Double) throws {
        guard range.contains(rate) else {
            throw ValidationError("--max-rate must be between 0.001 and 1000000 requests per second")
        }
    }
}
