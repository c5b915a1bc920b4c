/// How fast a call plays (demo, replay, simulate): a factor of its own pace, or everything at once.
package enum PlaybackSpeed: Sendable, Hashable, CustomStringConvertible {
    case times(Double)
    case instant

    /// The factors a player steps through with faster/slower keys.
    static let steps: [Double] = [0.5, 1, 2, 4, 8, 16]
    /// The factors `--speed` accepts, for every command that plays a call.
    package static let range = 0.1...1000.0
    /// The one line every command answers a bad `--speed` with.
    package static let rule = "--speed must be a factor between 0.1 and 1000 (e.g. 4 or 4x), or `instant`"

    /// The factor of real time; infinite for `instant`.
    package var factor: Double {
        guard case .times(let factor) = self else { return .infinity }
        return factor
    }

    /// "1", "2.5", "4x", "0.5" or "instant"; nil for anything else or out of range.
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
        return .times(Self.steps.last { $0 < factor } ?? min(factor, Self.steps[0]))
    }

    package var description: String {
        switch self {
        case .instant: "instant"
        case .times(let factor):
            factor == factor.rounded() ? "\(Int(factor))×" : "\(factor)×"
        }
    }
}
