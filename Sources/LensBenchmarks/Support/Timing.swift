import Foundation

/// Wall-clock measurement helpers on the monotonic clock.
enum Timing {
    /// Runs `body` once and returns its duration in seconds.
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let clock = ContinuousClock()
        let start = clock.now
        try body()
        return (clock.now - start).seconds
    }

    /// Runs `body` `warmup` times unmeasured, then `runs` times; the durations in seconds.
    static func samples(warmup: Int = 3, runs: Int, _ body: () -> Void) -> Samples {
        for _ in 0..<warmup { body() }
        return Samples((0..<runs).map { _ in seconds(body) })
    }
}

/// A set of durations in seconds, summarised as percentiles.
struct Samples {
    let sorted: [Double]
    init(_ values: [Double]) { sorted = values.sorted() }

    func percentile(_ p: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
    }
    var median: Double { percentile(0.5) }
    var p95: Double { percentile(0.95) }
    var max: Double { sorted.last ?? .nan }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

/// Number formatting for the printed tables.
enum Show {
    static func ms(_ seconds: Double) -> String { String(format: "%.3f ms", seconds * 1000) }
    static func mb(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1_048_576) }
    static func rate(_ perSecond: Double) -> String { String(format: "%.0f/s", perSecond) }
    static func count(_ n: Int) -> String {
        n >= 1_000_000 && n % 1_000_000 == 0 ? "\(n / 1_000_000)M" : n >= 1000 && n % 1000 == 0 ? "\(n / 1000)k" : "\(n)"
    }
}
