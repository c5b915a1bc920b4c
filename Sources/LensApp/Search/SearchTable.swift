import ContactLensModel
import FoundationEssentials
import LensBasics
import LensUI

/// The contacts as a plain table, for a pipe or a file: a line saying how many were found
/// against how many the service counted, the titles, one contact a line, columns as wide as
/// their widest value.
enum SearchTable {
    static func text(_ rows: [ContactListRow], countText: String, timeZone: LocalZone, now: Date) -> String {
        let cells = rows.map { $0.columns(timeZone: timeZone, now: now) }
        let titles = ContactListRow.titles
        let widths = titles.indices.map { i in ([titles[i]] + cells.map { $0[i] }).map { TextWidth.of($0) }.max() ?? 0 }
        func line(_ values: [String]) -> String {
            var out = ""
            for (i, value) in values.enumerated() {
                let last = i == values.count - 1
                out += last ? value : value + String(repeating: " ", count: widths[i] - TextWidth.of(value) + 2)
            }
            return out + "\n"
        }
        var out = "# \(countText)\n"
        guard !rows.isEmpty else { return out }
        out += line(titles)
        for row in cells { out += line(row) }
        return out
    }
}
