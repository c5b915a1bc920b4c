import LensApp

/// The line a settings rule refuses a command line with, or nil when the settings are made.
func refusal<T>(_ build: () throws(UsageError) -> T) -> String? {
    do {
        _ = try build()
        return nil
    } catch {
        return error.message
    }
}

/// Ids the service model accepts.
enum SettingsIds {
    static let instance = "12345678-aaaa-bbbb-cccc-123456789012"
    static let contact = "87654321-dddd-eeee-ffff-210987654321"
}
