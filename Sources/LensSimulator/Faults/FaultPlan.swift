import FoundationEssentials
import LensBasics

/// Which faults the simulator injects and how often, parsed from text such as
/// `throttle=0.2,error=0.1,dup=0.1,drop=0.05,latency=300ms,reject=0.02`, plus the hostile ones:
/// `slow=0.05,slowfor=15s` (answers later than a client's timeout), `malformed=0.1` (broken pages,
/// `MalformedKind`s in turn) and `longtoken=131070` (NextTokens padded to that length).
package struct FaultPlan: Hashable, Sendable, CustomStringConvertible {
    /// Probability of 429 ThrottlingException.
    package var throttle = 0.0
    /// Probability of 500 InternalServiceException.
    package var error = 0.0
    /// Probability that a page also re-sends segments delivered before.
    package var dup = 0.0
    /// Probability that the connection closes in the middle of the response body.
    package var drop = 0.0
    /// Probability of 400 InvalidRequestException for a valid NextToken.
    package var reject = 0.0
    /// Every response waits a random time up to this, in milliseconds.
    package var latencyMillis = 0
    /// Probability that the answer waits `slowMillis`, longer than a client's timeout.
    package var slow = 0.0
    package var slowMillis = 15_000
    /// Probability of a broken answer, each the next of `malformedKinds` in turn.
    package var malformed = 0.0
    package var malformedKinds = MalformedKind.standard
    /// Pads every NextToken to this many characters (0: natural length). The model allows 131,070.
    package var tokenLength = 0

    package init() {}

    /// No faults at all.
    package static let none = FaultPlan()

    package var isEmpty: Bool { self == .none }

    package var description: String {
        var parts: [String] = []
        for (name, value) in [
            ("throttle", throttle), ("error", error), ("dup", dup), ("drop", drop), ("reject", reject),
            ("slow", slow), ("malformed", malformed),
        ]
        where value > 0 {
            parts.append("\(name)=\(value)")
        }
        if latencyMillis > 0 { parts.append("latency=\(latencyMillis)ms") }
        if slow > 0, slowMillis != 15_000 { parts.append("slowfor=\(slowMillis)ms") }
        if tokenLength > 0 { parts.append("longtoken=\(tokenLength)") }
        return parts.isEmpty ? "none" : parts.joined(separator: ",")
    }

    /// Parses `name=value` pairs separated by commas; "" and "none" mean no faults.
    /// Probabilities are 0...1 and may not add up to more than 1; latency needs `ms` or `s`.
    package static func parse(_ text: String) throws(FaultPlanError) -> FaultPlan {
        var plan = FaultPlan()
        let trimmed = text.trimmed()
        if trimmed.isEmpty || trimmed == "none" { return plan }
        for item in trimmed.split(separator: ",", omittingEmptySubsequences: false) {
            let pair = item.split(separator: "=", maxSplits: 1).map { $0.trimmed() }
            guard pair.count == 2, !pair[0].isEmpty else {
                throw FaultPlanError("'\(item)' is not name=value (names: \(names))")
            }
            let (name, value) = (pair[0], pair[1])
            switch name {
            case "throttle": plan.throttle = try probability(value, name)
            case "error": plan.error = try probability(value, name)
            case "dup": plan.dup = try probability(value, name)
            case "drop": plan.drop = try probability(value, name)
            case "reject": plan.reject = try probability(value, name)
            case "latency": plan.latencyMillis = try milliseconds(value, name)
            case "slow": plan.slow = try probability(value, name)
            case "slowfor": plan.slowMillis = try milliseconds(value, name)
            case "malformed": plan.malformed = try probability(value, name)
            case "longtoken":
                guard let length = Int(value), (1...1_000_000).contains(length) else {
                    throw FaultPlanError("longtoken=\(value): expected a NextToken length, e.g. longtoken=131070")
                }
                plan.tokenLength = length
            default: throw FaultPlanError("unknown fault '\(name)' (names: \(names))")
            }
        }
        let total = plan.throttle + plan.error + plan.dup + plan.drop + plan.reject + plan.slow + plan.malformed
        if total > 1 { throw FaultPlanError("the probabilities add up to \(total), more than 1") }
        return plan
    }

    private static let names = "throttle, error, dup, drop, reject, latency, slow, slowfor, malformed, longtoken"

    /// What `--faults` takes, for the help of every command that has it.
    package static let help =
        "Faults to inject, e.g. throttle=0.2,error=0.1. Probabilities: throttle (429), error (500), dup (segments "
        + "sent again), drop (a lost response), reject (NextToken refused), slow (an answer after slowfor=15s), "
        + "malformed (a broken page); also latency=300ms and longtoken=131070 (NextToken length)."

    private static func probability(_ text: String, _ name: String) throws(FaultPlanError) -> Double {
        guard let value = Double(text), value.isFinite, (0...1).contains(value) else {
            throw FaultPlanError("\(name)=\(text): expected a probability from 0 to 1, e.g. \(name)=0.1")
        }
        return value
    }

    private static func milliseconds(_ text: String, _ name: String) throws(FaultPlanError) -> Int {
        let (number, scale): (Substring, Double) =
            text.hasSuffix("ms") ? (text.dropLast(2), 1) : text.hasSuffix("s") ? (text.dropLast(), 1_000) : ("", 0)
        guard let value = Double(number), value.isFinite, value >= 0, value * scale <= 600_000 else {
            throw FaultPlanError(
                "\(name)=\(text): expected a duration up to 10 minutes with a unit, e.g. \(name)=300ms or \(name)=1.5s")
        }
        return Int((value * scale).rounded())
    }

    /// Picks this request's fault with one draw. `reject` needs a NextToken and `dup` something
    /// delivered before; when they cannot apply the request goes through unharmed.
    func draw(using random: inout some RandomNumberGenerator, hasToken: Bool, hasDelivered: Bool) -> Fault? {
        let roll = Double.random(in: 0..<1, using: &random)
        var bound = 0.0
        let table = [
            (Fault.throttle, throttle), (.error, error), (.reject, reject), (.drop, drop), (.dup, dup),
            (.slow, slow), (.malformed, malformed),
        ]
        for (fault, probability) in table where probability > 0 {
            bound += probability
            guard roll < bound else { continue }
            switch fault {
            case .reject where !hasToken, .dup where !hasDelivered: return nil
            default: return fault
            }
        }
        return nil
    }
}

/// One injected fault.
package enum Fault: String, Hashable, Sendable, CaseIterable {
    case throttle, error, reject, drop, dup, slow, malformed
}

/// A fault plan that cannot be parsed; the message says which item and why.
package struct FaultPlanError: Error, Hashable, Sendable, CustomStringConvertible {
    package let message: String
    package init(_ message: String) { self.message = message }
    package var description: String { "invalid fault plan: \(message)" }
}
