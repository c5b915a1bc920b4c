/// A replay's player as the view sees it: where it is, its changes, and where replay keys go.
package struct ReplayLink: Sendable {
    package var clock: ReplayClock
    package var updates: AsyncStream<ReplayClock>
    package var send: @Sendable (PlaybackCommand) -> Void
    /// How many turns the whole call brings: the view makes room for them once.
    package var turns: Int

    package init(
        clock: ReplayClock, turns: Int = 0, updates: AsyncStream<ReplayClock>,
        send: @escaping @Sendable (PlaybackCommand) -> Void
    ) {
        self.clock = clock
        self.turns = turns
        self.updates = updates
        self.send = send
    }
}
