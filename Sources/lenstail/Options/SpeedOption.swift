import ArgumentParser
import LensEngine

/// `--speed` for every command that plays a call: the same range and the same word for "instant".
enum SpeedOption {
    static let help = "Play this many times faster than real time (0.1-1000, e.g. 4 or 4x), or `instant` for all at once."

    static func parse(_ text: String) throws -> PlaybackSpeed {
        guard let speed = PlaybackSpeed(argument: text) else { throw ValidationError(PlaybackSpeed.rule) }
        return speed
    }
}
