extension Scenario {
    /// What `lenstail simulate` serves without `--scenario`: the demo call and chat, and the wall
    /// demo's floor with its calls, so `follow`, `wall`, `monitor`, `check` and `search`'s
    /// neighbours all have something to ask about.
    package static var served: Scenario {
        let wall = wallDemo
        return Scenario(contacts: demo.contacts + chatDemo.contacts + wall.contacts, floor: wall.floor)
    }
}
