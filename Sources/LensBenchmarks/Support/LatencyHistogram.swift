import Histogram

/// A latency distribution of many samples (a page's, an utterance's, an alert's), kept in an
/// HdrHistogram: microseconds to an hour at 3 significant digits, so the percentiles cost no sort
/// and no memory per sample. `Samples` stays for the medians of a few runs.
struct LatencyHistogram {
    private var histogram = Histogram<UInt64>(highestTrackableValue: 3_600_000_000, numberOfSignificantValueDigits: .three)

    init() {}

    init(seconds: [Double]) {
        for value in seconds { record(seconds: value) }
    }

    mutating func record(seconds: Double) {
        histogram.record(UInt64(Swift.max(0, Swift.min(seconds * 1e6, 3_600_000_000)).rounded()))
    }

    var count: Int { Int(histogram.totalCount) }

    /// `p` in 0...1, in seconds.
    func percentile(_ p: Double) -> Double {
        count == 0 ? .nan : Double(histogram.valueAtPercentile(p * 100)) / 1e6
    }
    var median: Double { percentile(0.5) }
    var p95: Double { percentile(0.95) }
    var p99: Double { percentile(0.99) }
    var max: Double { count == 0 ? .nan : Double(histogram.maxRecorded) / 1e6 }

    /// `median … p95 … p99 … max …`, as the latency benchmarks print it.
    var summary: String {
        "median \(Show.ms(median))   p95 \(Show.ms(p95))   p99 \(Show.ms(p99))   max \(Show.ms(max))"
    }
}
