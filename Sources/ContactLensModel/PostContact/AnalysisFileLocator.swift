import Foundation

/// Where Contact Lens puts a contact's analysis file in the instance's bucket:
/// `Analysis/{Voice|Chat}/[Redacted/]YYYY/MM/DD/<contact>_analysis[_redacted]_<time>.json`, the
/// date being the day (UTC) the contact was connected to an agent. A contact near midnight, or a
/// date taken from another time zone, can sit in the folder of the day before or after, so all
/// three are searched; of several files for one contact the newest wins.
package enum AnalysisFileLocator {
    /// Voice or chat: the folder under `Analysis/`.
    package enum Channel: String, Sendable, CaseIterable {
        case voice = "Voice"
        case chat = "Chat"
    }

    /// The key prefixes to list, the day before, the day and the day after, each narrowed to the
    /// contact's own files. `base` is the bucket prefix the instance's storage config gives
    /// ("" for the bucket's root).
    package static func prefixes(
        contactId: String, connectedToAgent: Date, redacted: Bool, channels: [Channel] = Channel.allCases, base: String = ""
    ) -> [String] {
        let root = base.isEmpty || base.hasSuffix("/") ? base : base + "/"
        let days = [-1, 0, 1].map { day(of: connectedToAgent.addingTimeInterval(Double($0) * 86_400)) }
        return channels.flatMap { channel in
            days.map { day in
                root + "Analysis/\(channel.rawValue)/" + (redacted ? "Redacted/" : "") + day + "/"
                    + fileStem(contactId, redacted: redacted)
            }
        }
    }

    /// The newest key among `keys` that is the contact's analysis file (raw or redacted as
    /// asked), judged by the time in its name; nil when there is none.
    package static func newestKey(in keys: [String], contactId: String, redacted: Bool) -> String? {
        let stem = fileStem(contactId, redacted: redacted)
        let candidates = keys.compactMap { key -> (key: String, time: String)? in
            let name = key.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? key
            guard name.hasPrefix(stem), name.hasSuffix(".json"), isAnalysisFolder(key, redacted: redacted) else { return nil }
            let time = String(name.dropFirst(stem.count).dropLast(5))
            // "<contact>_analysis_redacted_…" also starts with "<contact>_analysis_": not the raw file.
            guard !time.isEmpty, redacted || !time.hasPrefix("redacted_") else { return nil }
            return (key, time)
        }
        return candidates.max { order($0.time, $1.time) }?.key
    }

    /// `<contact>_analysis_` or `<contact>_analysis_redacted_`.
    static func fileStem(_ contactId: String, redacted: Bool) -> String {
        contactId + (redacted ? "_analysis_redacted_" : "_analysis_")
    }

    /// A key under `…/Analysis/{Voice|Chat}/[Redacted/]YYYY/MM/DD/`.
    private static func isAnalysisFolder(_ key: String, redacted: Bool) -> Bool {
        let parts = key.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 6 else { return false }
        let folders = parts.dropLast()
        let date = folders.suffix(3)
        guard date.map(\.count) == [4, 2, 2], date.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else {
            return false
        }
        var above = folders.dropLast(3)
        if redacted {
            guard above.last == "Redacted" else { return false }
            above = above.dropLast()
        }
        return Channel(rawValue: String(above.last ?? "")) != nil && above.dropLast().last == "Analysis"
    }

    /// Whether the file time `a` is older than `b`: by the instant they name when both read as
    /// ISO 8601, else by their text.
    private static func order(_ a: String, _ b: String) -> Bool {
        if let x = ISOTime.epochMillis(a), let y = ISOTime.epochMillis(b), x != y { return x < y }
        return a < b
    }

    /// `YYYY/MM/DD` of the UTC day holding `date`.
    static func day(of date: Date) -> String {
        let days = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func pad(_ n: Int, _ width: Int) -> String { String(repeating: "0", count: max(0, width - String(n).count)) + String(n) }
        return "\(pad(year, 4))/\(pad(month, 2))/\(pad(day, 2))"
    }
}
