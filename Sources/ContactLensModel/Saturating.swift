/// Arithmetic on values from the network or a file, which may be anything in range: the result
/// sticks at the limit instead of trapping.
extension Int {
    /// `value` rounded towards zero, clamped to `Int`'s range; NaN is 0.
    package init(saturating value: Double) {
        if value.isNaN {
            self = 0
        } else if value >= 9.223372036854775807e18 {
            self = .max
        } else if value <= -9.223372036854775808e18 {
            self = .min
        } else {
            self = Int(value)
        }
    }

    /// `self + other`, clamped to `Int`'s range.
    package func addingSaturating(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? .max : .min) : sum
    }
}
