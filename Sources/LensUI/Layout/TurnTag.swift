/// A category shown under a turn: its name, and whether it is one the user asked to be alerted about.
package struct TurnTag: Hashable, Sendable {
    package var name: String
    package var alert: Bool

    package init(name: String, alert: Bool) {
        self.name = name
        self.alert = alert
    }
}
