import Foundation

/// This process's memory as Linux reports it in /proc/self/status, in bytes.
struct ProcessMemory {
    /// Resident set size now.
    var rss: Int
    /// The high-water mark of the resident set size.
    var peak: Int

    static func now() -> ProcessMemory {
        let text = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        var rss = 0
        var peak = 0
        for line in text.split(separator: "\n") {
            let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard parts.count >= 2, let kb = Int(parts[1]) else { continue }
            if parts[0] == "VmRSS:" { rss = kb * 1024 }
            if parts[0] == "VmHWM:" { peak = kb * 1024 }
        }
        return ProcessMemory(rss: rss, peak: peak)
    }
}
