/// One measured figure of the gate, as a line `scripts/bench-gate.sh` reads:
/// `id<TAB>value<TAB>how it was measured`. The budgets and the verdicts are the script's.
struct GateFigure: Sendable {
    /// The figure's name in the script's budget table and in `scripts/bench-gate.waived`.
    var id: String
    var value: Double
    /// The size and the case, for the table.
    var how: String

    var line: String { "\(id)\t\(value)\t\(how)" }

    /// A line of a child's output read back; nil for anything else.
    init?(line: Substring) {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard fields.count == 3, let value = Double(fields[1]) else { return nil }
        self.init(String(fields[0]), value, String(fields[2]))
    }

    init(_ id: String, _ value: Double, _ how: String) {
        self.id = id
        self.value = value
        self.how = how
    }
}
