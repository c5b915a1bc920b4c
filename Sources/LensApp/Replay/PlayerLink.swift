import FoundationEssentials
import LensEngine
import LensUI

/// Connects the view's replay keys to a `PlaybackController`, in the order pressed, and reports
/// the player's clock back to the view after each one.
enum PlayerLink {
    /// The link for the view, and the task relaying keys (cancel it when the view closes).
    static func connect(_ controller: PlaybackController) async -> (ReplayLink, Task<Void, Never>) {
        let (updates, report) = AsyncStream.makeStream(of: ReplayClock.self, bufferingPolicy: .bufferingNewest(8))
        let (commands, send) = AsyncStream.makeStream(of: PlaybackCommand.self)
        let relay = Task {
            for await command in commands {
                await controller.perform(command)
                report.yield(clock(await controller.progress))
            }
            report.finish()
        }
        let link = ReplayLink(
            clock: clock(await controller.progress), turns: controller.turnCount, updates: updates, send: { send.yield($0) })
        return (link, relay)
    }

    static func clock(_ progress: PlaybackProgress, at date: Date = Date()) -> ReplayClock {
        let factor: Double? = if case .times(let f) = progress.speed { f } else { nil }
        return ReplayClock(
            positionMillis: progress.positionMillis, lengthMillis: progress.lengthMillis, asOf: date,
            factor: factor, speedLabel: progress.speed.description, isPaused: progress.isPaused)
    }
}

extension PlaybackController {
    /// Does what a replay key asks.
    func perform(_ command: PlaybackCommand) {
        switch command {
        case .togglePause: togglePause()
        case .faster: setSpeed(progress.speed.faster)
        case .slower: setSpeed(progress.speed.slower)
        case .seek(let seconds): seek(by: seconds * 1000)
        case .toStart: jumpToStart()
        case .toEnd: jumpToEnd()
        }
    }
}
