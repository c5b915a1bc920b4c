import AWSClient
import ContactLensModel
import Foundation
import LensFuzzing
import LensPageFuzzing

// `swift run -c release LensFuzz [cases] [seed]`: mutated pages through the decoder, the error
// parser and the store; every 10th page that decodes, and as many calls at the edges of every
// range, through replay, the view and the exports. Prints cases, invariant failures, the slowest
// case, and exits 1 on any failure or hang.
let arguments = CommandLine.arguments.dropFirst()
let cases = arguments.first.flatMap(Int.init) ?? 100_000
let seed = arguments.dropFirst().first.flatMap(UInt64.init) ?? 1
let hangLimit = Duration.seconds(1)
var mutator = PageMutator(seed: seed, corpus: PageMutator.demoCorpus)
var extremes = ExtremeCalls(seed: seed)
var failures: [String: Int] = [:]
var slowest = Duration.zero
var hangs = 0
var bytes = 0
var calls = 0

@MainActor func check(_ index: Int, _ failure: String?, since start: ContinuousClock.Instant) {
    if let failure {
        failures[failure, default: 0] += 1
        if failures[failure] == 1 { FileHandle.standardError.write(Data("case \(index): \(failure)\n".utf8)) }
    }
    let took = start.duration(to: .now)
    slowest = max(slowest, took)
    if took > hangLimit { hangs += 1 }
}

let started = ContinuousClock.now
for index in 1...max(1, cases) {
    let body = mutator.next()
    bytes += body.count
    let caseStart = ContinuousClock.now
    _ = ServiceError(status: 400, header: { _ in nil }, body: body)  // the error parser sees the same bytes
    check(index, FuzzTarget.run(body), since: caseStart)
    guard index.isMultiple(of: 10) else { continue }
    let callStart = ContinuousClock.now
    calls += 2
    if let page = try? ListSegmentsResponse.decode(json: body) {
        check(index, CallTarget.run(page.segments), since: callStart)
    }
    check(index, CallTarget.run(extremes.next()), since: ContinuousClock.now)
}
let total = started.duration(to: .now)
print(
    "LensFuzz: \(cases) pages (seed \(seed), \(bytes / 1_000_000) MB) and \(calls) calls through replay, view and exports in "
        + "\(total): 0 crashes, \(failures.values.reduce(0, +)) invariant failures, \(hangs) hangs (> \(hangLimit)), slowest case \(slowest)"
)
exit(failures.isEmpty && hangs == 0 ? 0 : 1)
