import AWSClient
import Foundation
import LensSimulator

// `swift run -c release LensFuzz [cases] [seed]`: mutated pages through the decoder and the store.
// Prints cases, invariant failures, the slowest case, and exits 1 on any failure or hang.
let arguments = CommandLine.arguments.dropFirst()
let cases = arguments.first.flatMap(Int.init) ?? 100_000
let seed = arguments.dropFirst().first.flatMap(UInt64.init) ?? 1
let hangLimit = Duration.seconds(1)
var mutator = PageMutator(seed: seed, corpus: PageMutator.demoCorpus)
var failures: [String: Int] = [:]
var slowest = Duration.zero
var hangs = 0
var bytes = 0
let started = ContinuousClock.now
for index in 1...max(1, cases) {
    let body = mutator.next()
    bytes += body.count
    let caseStart = ContinuousClock.now
    _ = ServiceError(status: 400, header: { _ in nil }, body: body)  // the error parser sees the same bytes
    if let failure = FuzzTarget.run(body) {
        failures[failure, default: 0] += 1
        if failures[failure] == 1 { FileHandle.standardError.write(Data("case \(index): \(failure)\n".utf8)) }
    }
    let took = caseStart.duration(to: .now)
    slowest = max(slowest, took)
    if took > hangLimit { hangs += 1 }
}
let total = started.duration(to: .now)
print("LensFuzz: \(cases) cases (seed \(seed), \(bytes / 1_000_000) MB) in \(total): 0 crashes, "
      + "\(failures.values.reduce(0, +)) invariant failures, \(hangs) hangs (> \(hangLimit)), slowest case \(slowest)")
exit(failures.isEmpty && hangs == 0 ? 0 : 1)
