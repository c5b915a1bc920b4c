import ContactLensModel
import Foundation
import LensEngine
import LensExport
import LensUI

/// One merged call through everything that shows it: replay scheduling (playing, seeking both
/// ways, every speed), the view rendered at several sizes, and every export. Returns a broken
/// invariant, or nil; a trap ends the process, which is what the fuzzer looks for.
package enum CallTarget {
    static let sizes = [
        Size(width: 200, height: 60), Size(width: 40, height: 10), Size(width: 1, height: 1), Size(width: 81, height: 12),
    ]

    package static func run(_ segments: [Segment]) -> String? {
        var store = TranscriptStore()
        store.apply(segments)
        if let failure = replay(segments) { return failure }
        if let failure = view(segments) { return failure }
        let export = TranscriptExport(store: store, instanceId: "i", contactId: "c")
        for format in ExportFormat.allCases {
            let text = export.render(format)
            if format != .json, text.unicodeScalars.contains(where: { $0.value == 0x1B || (0x80...0x9F).contains($0.value) }) {
                return "an escape or C1 control in the \(format) export"
            }
        }
        for turn in store.turns where TurnText.line(turn, time: TurnText.span(turn)).contains("\u{1B}") {
            return "an escape in a text line"
        }
        return nil
    }

    private static func replay(_ segments: [Segment]) -> String? {
        let schedule = PlaybackSchedule(segments: segments)
        var state = PlaybackState(schedule: schedule, speed: .times(0.5), at: .zero)
        let moves: [(inout PlaybackState, Duration) -> Void] = [
            { state, now in _ = state.advance(at: now) },
            { state, now in state.seek(by: 1e300, at: now) },
            { state, now in state.seek(by: -1e300, at: now) },
            { state, now in state.seek(to: Double(schedule.lengthMillis) / 2, at: now) },
            { state, now in state.setSpeed(.times(16), at: now) },
            { state, now in state.setSpeed(.instant, at: now) },
            { state, now in state.pause(at: now) },
            { state, now in state.resume(at: now) },
        ]
        var now = Duration.zero
        for move in moves + moves {
            now += .seconds(3600)
            move(&state, now)
            _ = state.advance(at: now)
            _ = state.nextWake(at: now)
            let progress = state.progress(at: now)
            if progress.positionMillis < 0 || progress.positionMillis > schedule.lengthMillis {
                return "replay position outside the call"
            }
        }
        return nil
    }

    private static func view(_ segments: [Segment]) -> String? {
        let session = SessionInfo(instanceId: "i", contactId: "c", endpoint: "e")
        guard var state = try? AppState(session: session, options: UIOptions(alertPatterns: [".*"]), size: sizes[0]) else {
            return nil
        }
        _ = reduce(into: &state, .engine(.segments(segments, receivedAt: Date())))
        state.replay = ReplayClock(
            positionMillis: Int.max - 5, lengthMillis: Int.max, asOf: Date(), factor: 16, speedLabel: "16×", isPaused: false)
        for key in [Key.char("G"), .char("k"), .pageUp, .char("i"), .char("m"), .char("g"), .char("c"), .char("/")] {
            _ = reduce(into: &state, .key(key))
        }
        for size in sizes {
            let screen = render(state, size: size)
            if screen.cells.contains(where: { $0.text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x1B } }) {
                return "a control character on screen"
            }
        }
        return nil
    }
}
