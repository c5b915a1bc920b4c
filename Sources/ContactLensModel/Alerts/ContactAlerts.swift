/// What one contact has raised so far under `AlertRules`, and what the rules remember between
/// pages: the categories already looked at, and whether the negative run alert is armed.
package struct ContactAlerts: Hashable, Sendable {
    /// Every alert raised, oldest first.
    package private(set) var raised: [Alert] = []
    /// Categories that raised an alert, in the order they first matched.
    package private(set) var categories: [String] = []
    /// The store's categories looked at so far (it only appends to them).
    private var examined = 0
    /// The negative run alert fired and no customer turn that is not negative re-armed it yet.
    private var negativeFired = false

    package init() {}

    /// The alerts the store raises now that a page was merged into it: categories matching
    /// for the first time (in the order they came), then a run of negative customer turns that
    /// reaches the threshold (once, until a customer turn that is not negative ends the run).
    package mutating func update(in store: TranscriptStore, rules: AlertRules) -> [Alert] {
        var new: [Alert] = []
        if examined < store.categories.count {
            for match in store.categories[examined...] where rules.matches(match.name) && !categories.contains(match.name) {
                categories.append(match.name)
                new.append(.category(match.name))
            }
            examined = store.categories.count
        }
        if let threshold = rules.negativeRun {
            let run = Self.negativeRun(in: store)
            if run >= threshold, !negativeFired {
                negativeFired = true
                new.append(.negativeRun(count: run, threshold: threshold))
            } else if run == 0 {
                negativeFired = false
            }
        }
        raised += new
        return new
    }

    /// Customer turns in a row that were negative, counted from the newest.
    static func negativeRun(in store: TranscriptStore) -> Int {
        var run = 0
        for turn in store.turns.reversed() where turn.hasRole("CUSTOMER") {
            guard turn.sentiment == .negative else { break }
            run += 1
        }
        return run
    }
}
