/// A replay's player as the view sees it: where it is, its changes, and where replay keys go.
package struct ReplayLink: Sendable {
    package var clock: ReplayClock
    package var updates: AsyncStream<ReplayClock>
    package var send: @Sendable (PlaybackCommand) -> Void

    package init(clock: ReplayClock, updates: AsyncStream<ReplayClock>, send: @escaping @Sendable (PlaybackCommand) -> Void) {
        self.clock = clock
        self.updates = updates
        self.send = send
    }
}
