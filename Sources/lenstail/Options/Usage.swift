import ArgumentParser
import LensApp

/// LensApp's settings hold the rules; a broken one is ArgumentParser's `ValidationError`, so the
/// message comes with the command's usage and exit status 64.
enum Usage {
    static func check<T>(_ build: () throws(UsageError) -> T) throws -> T {
        do { return try build() } catch { throw ValidationError(error.message) }
    }
}
