import ContactLensModel
import LensEngine
import LensSimulator

/// `lenstail demo` as typed, checked: the built-in call or chat, or the built-in floor on the wall.
package struct DemoSettings: Sendable {
    /// What the emulator plays.
    package enum Play: Sendable {
        /// One call (or, with `chat`, the chat) through `lenstail follow`'s path.
        /// With `transfer`, the wall demo's call that Sam transfers to Frank, followed as `transfers` says.
        case call(
            faults: FaultPlan, chat: Bool, outputType: ChatOutputType, poller: PollerConfiguration, recordPath: String?,
            transfer: Bool, transfers: TransferSettings)
        /// Eight calls on the wall.
        case wall(WallSettings)
        /// A day of contacts to search (`lenstail search`) and open.
        case history
    }

    package var speed: Double
    package var play: Play
    package var output: OutputSettings
    /// Who listens in with `L` (`--user`, `--silent-only`).
    package var listen = ListenSettings()

    /// The rules in the order the command line's groups are checked: polling and output, the
    /// wall's alerts, then what goes with `--wall`, `--history` and `--chat`.
    package init(
        speed: PlaybackSpeed, faults: String, wall: Bool, history: Bool = false, chat: Bool, redacted: Bool,
        polling: PollingSettings, recordPath: String?, alerts: WallAlertSettings, transfer: Bool = false,
        transfers: TransferSettings = TransferSettings()
    ) throws(UsageError) {
        try polling.validate()
        try alerts.validate()
        let plan: FaultPlan
        do { plan = try FaultPlan.parse(faults) } catch { throw UsageError(error.description) }
        if wall, !faults.isEmpty || recordPath != nil {
            throw UsageError("--wall plays the floor as it is: --faults and --record are for one call")
        }
        if redacted, !chat { throw UsageError("--redacted goes with --chat (a chat's Redacted output)") }
        if wall, chat {
            throw UsageError("--chat plays the built-in chat alone; the --wall demo already has a chat (on the Support queue)")
        }
        if transfer, wall || chat || history { throw UsageError("--transfer follows one call: not with --wall, --chat or --history") }
        if history, wall || chat || !faults.isEmpty || recordPath != nil {
            throw UsageError("--history searches the emulator's day of contacts: not with --wall, --chat, --faults or --record")
        }
        if wall, polling.logFile != nil { throw UsageError("--log-file works with one call, not yet with --wall") }
        self.speed = speed.factor
        output = polling.outputSettings
        if history {
            play = .history
        } else if wall {
            play = .wall(WallSettings(instanceId: "", polling: polling, alerts: alerts))
        } else {
            play = .call(
                faults: plan, chat: chat, outputType: redacted ? .redacted : .raw, poller: polling.poller,
                recordPath: recordPath, transfer: transfer, transfers: transfers)
        }
    }

    /// Plays until the call ends (or the view is quit).
    package func run() async throws {
        switch play {
        case .wall(var settings):
            settings.listen = listen
            try await WallSession.demo(speed: speed, settings: settings)
        case .history:
            try await SearchSession.demo(format: output.format)
        case .call(let faults, let chat, let outputType, let poller, let recordPath, let transfer, let transfers):
            try await FollowSession.demo(
                speed: speed, faults: faults, poller: poller, output: output, recordPath: recordPath, chat: chat,
                outputType: outputType, transfer: transfer, transfers: transfers, listen: listen)
        }
    }
}
