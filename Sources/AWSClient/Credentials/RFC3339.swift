import FoundationEssentials
import LensBasics

/// RFC 3339 timestamps as credential sources write them ("2024-05-01T12:00:00Z", with or without fractions or an offset).
enum RFC3339 {
    static func parse(_ text: String) -> Date? {
        let trimmed = text.trimmed()
        return (try? Date.ISO8601FormatStyle().parse(trimmed))
            ?? (try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(trimmed))
    }

    static func format(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle())
    }
}
