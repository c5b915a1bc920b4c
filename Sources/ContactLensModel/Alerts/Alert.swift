/// One alert a contact raised.
package enum Alert: Hashable, Sendable {
    /// A category matching an `--alert` pattern matched for the first time.
    case category(String)
    /// `count` negative customer turns in a row reached the `--alert-negative` `threshold`.
    case negativeRun(count: Int, threshold: Int)

    package var kind: AlertKind {
        switch self {
        case .category: .category
        case .negativeRun: .negative
        }
    }

    /// The category's name, or how many negative customer turns came in a row (as the service
    /// wrote it: sanitise before it reaches a terminal).
    package var detail: String {
        switch self {
        case .category(let name): name
        case .negativeRun(let count, _): "\(count) negative customer turns in a row"
        }
    }
}

/// The kinds of alert, as the alert log and the JSON lines write them.
package enum AlertKind: String, CaseIterable, Codable, Hashable, Sendable {
    case category
    case negative
    /// A queue's oldest caller has waited longer than `--alert-wait` (a queue's alert, no contact's).
    case wait
}
