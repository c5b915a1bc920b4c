extension Scenario {
    /// When the floor's last call starts, in milliseconds of the scenario: a transferred call
    /// starts when the call it follows ends. After it no call can start, so a wall of the demo
    /// has an end, as a follow does.
    package var lastCallStartMillis: Int {
        guard let floor else { return 0 }
        let durations = Dictionary(contacts.map { ($0.contactId, $0.durationMillis) }, uniquingKeysWith: max)
        var starts: [String: Int] = [:]
        func start(_ call: ScenarioFloor.Call) -> Int {
            if let known = starts[call.contactId] { return known }
            var at = call.startsAtMillis
            if let previous = call.previousContactId, let before = floor.calls.first(where: { $0.contactId == previous }),
                before.contactId != call.contactId
            {
                at = max(at, start(before) + (before.durationMillis ?? durations[previous] ?? 0))
            }
            starts[call.contactId] = at
            return at
        }
        return floor.calls.map(start).max() ?? 0
    }
}
