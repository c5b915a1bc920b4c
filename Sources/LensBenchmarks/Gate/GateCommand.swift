import ArgumentParser

/// The figures `scripts/bench-gate.sh` holds against their budgets. Each group runs in a child
/// process of its own (a fresh heap, its own memory high-water mark), some several times; each
/// figure's median is printed as `id<TAB>value<TAB>how`.
struct GateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gate", abstract: "The figures the benchmark gate (scripts/bench-gate.sh) checks, one per line.")

    @Argument(help: "Groups to measure: decode-merge, frame, latency, search, chat, wall, lookback (default: all).")
    var groups: [GateGroup] = GateGroup.allCases

    @Flag(help: "Measure the groups in this process, once (the gate's child processes do).")
    var inProcess = false

    func run() async throws {
        if inProcess {
            for group in groups {
                for figure in try await group.measure() { print(figure.line) }
            }
            return
        }
        for group in groups {
            var values: [String: [Double]] = [:]
            var order: [String] = []
            var how: [String: String] = [:]
            for _ in 0..<group.runs {
                let output = try await ChildProcess.runSelf(["gate", "--in-process", group.rawValue])
                for line in output.split(separator: "\n") {
                    guard let figure = GateFigure(line: line) else { continue }
                    if values[figure.id] == nil { order.append(figure.id) }
                    values[figure.id, default: []].append(figure.value)
                    how[figure.id] = figure.how
                }
            }
            for id in order {
                let runs = values[id]!
                let note = runs.count > 1 ? "\(how[id]!), median of \(runs.count) processes" : how[id]!
                print(GateFigure(id, Samples(runs).median, note).line)
            }
        }
    }
}
