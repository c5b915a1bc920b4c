import CivilCalendar
import FoundationEssentials

/// Formats and parses the SigV4 `yyyyMMdd'T'HHmmss'Z'` timestamp in UTC by arithmetic (no DateFormatter).
enum AmzDate {
    /// `20240517T083015Z` for the given instant (fractional seconds truncated).
    static func format(_ date: Date) -> String {
        let (day, secs) = CivilDate.utc(epochSeconds: Int(date.timeIntervalSince1970.rounded(.down)))
        var out = [UInt8]()
        out.reserveCapacity(16)
        append(day.year, width: 4, to: &out)
        append(day.month, width: 2, to: &out)
        append(day.day, width: 2, to: &out)
        out.append(UInt8(ascii: "T"))
        append(secs / 3600, width: 2, to: &out)
        append(secs / 60 % 60, width: 2, to: &out)
        append(secs % 60, width: 2, to: &out)
        out.append(UInt8(ascii: "Z"))
        return String(decoding: out, as: UTF8.self)
    }

    /// Parses exactly `yyyyMMdd'T'HHmmss'Z'`; nil for anything else.
    static func parse(_ text: String) -> Date? {
        let b = Array(text.utf8)
        guard b.count == 16, b[8] == UInt8(ascii: "T"), b[15] == UInt8(ascii: "Z") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var n = 0
            for i in range {
                guard (0x30...0x39).contains(b[i]) else { return nil }
                n = n * 10 + Int(b[i] - 0x30)
            }
            return n
        }
        guard let y = number(0..<4), let mo = number(4..<6), let d = number(6..<8),
            let h = number(9..<11), let mi = number(11..<13), let s = number(13..<15),
            (1...12).contains(mo), (1...31).contains(d), h < 24, mi < 60, s < 61
        else { return nil }
        let days = CivilDate(year: y, month: mo, day: d).daysSince1970
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + h * 3600 + mi * 60 + s))
    }

    private static func append(_ value: Int, width: Int, to out: inout [UInt8]) {
        var digits = [UInt8](repeating: 0x30, count: width)
        var v = value
        for i in stride(from: width - 1, through: 0, by: -1) {
            digits[i] = 0x30 + UInt8(v % 10)
            v /= 10
        }
        out.append(contentsOf: digits)
    }
}
