/// How fast a replay runs: a factor of the call's own pace, or everything at once.
package enum PlaybackSpeed: Sendable, Hashable, CustomStringConvertible {
    case times(Double)
    case instant

    /// The factors a player steps through with faster/slower keys.
    package static let steps: [Double] = [0.5, 1, 2, 4, 8, 16]
    package static let range = 0.5...16.0

    /// "1", "2.5", "0.5" or "instant"; nil for anything else or out of range.
    package init?(argument: String) {
        if argument.lowercased() == "instant" {
            self = .instant
            return
        }
        guard let factor = Double(argument.hasSuffix("x") ? String(argument.dropLast()) : argument),
            Self.range.contains(factor)
        else { return nil }
        self = .times(factor)
    }

    /// The next step up (16× goes to instant).
    package var faster: PlaybackSpeed {
        guard case .times(let factor) = self else { return .instant }
        return Self.steps.first { $0 > factor }.map { .times($0) } ?? .instant
    }

    /// The next step down (instant goes to 16×).
    package var slower: PlaybackSpeed {
        guard case .times(let factor) = self else { return .times(Self.steps.last!) }
        return .times(Self.steps.last { $0 < factor } ?? Self.steps[0])
    }

    package var description: String {
        switch self {
        case .instant: "instant"
        case .times(let factor):
            factor == factor.rounded() ? "\(Int(factor))×" : "\(factor)×"
        }
    }
}
