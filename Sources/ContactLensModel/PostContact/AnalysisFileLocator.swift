import CivilCalendar
import FoundationEssentials

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
        let (day, _) = CivilDate.utc(epochSeconds: Int((date.timeIntervalSince1970).rounded(.down)))
        return pad(day.year, 4) + "/" + pad(day.month, 2) + "/" + pad(day.day, 2)
    }

    /// The key Contact Lens writes a contact's file under: the date and the time in its name are
    /// when the contact was connected to an agent (`2020-02-04T21:14:16Z`, to the second).
    package static func key(
        contactId: String, connectedToAgent: Date, channel: Channel, redacted: Bool, base: String = ""
    ) -> String {
        let root = base.isEmpty || base.hasSuffix("/") ? base : base + "/"
        let seconds = Int(connectedToAgent.timeIntervalSince1970.rounded(.down))
        let (date, second) = CivilDate.utc(epochSeconds: seconds)
        let time =
            pad(date.year, 4) + "-" + pad(date.month, 2) + "-" + pad(date.day, 2) + "T" + pad(second / 3600, 2) + ":"
            + pad(second / 60 % 60, 2) + ":" + pad(second % 60, 2) + "Z"
        return root + "Analysis/\(channel.rawValue)/" + (redacted ? "Redacted/" : "") + day(of: connectedToAgent) + "/"
            + fileStem(contactId, redacted: redacted) + time + ".json"
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        String(repeating: "0", count: max(0, width - String(n).count)) + String(n)
    }
}
