/// Times within a call, as every output writes them.
package enum CallTime {
    /// "mm:ss", or "h:mm:ss" from an hour on. Drawn for every visible turn of every frame:
    /// plain interpolation, not `String(format:)`.
    package static func format(millis: Int) -> String {
        let total = max(0, millis) / 1000
        let h = total / 3600
        let m = total / 60 % 60
        let s = total % 60
        return h > 0 ? "\(h):\(twoDigits(m)):\(twoDigits(s))" : "\(twoDigits(m)):\(twoDigits(s))"
    }

    /// "01:05-01:07": a span of the call.
    package static func span(_ begin: Int, _ end: Int) -> String { "\(format(millis: begin))-\(format(millis: end))" }

    private static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
