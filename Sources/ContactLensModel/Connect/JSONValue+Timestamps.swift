extension JSONValue {
    /// The value with every `…Timestamp` member written as an ISO 8601 time
    /// (`2024-05-01T09:12:03.000Z`) instead of the epoch seconds Amazon Connect sends, at any depth
    /// (`InitiationTimestamp`, `QueueInfo.EnqueueTimestamp`, `AgentInfo.ConnectedToAgentTimestamp`…).
    /// Other members, and a timestamp that is not a number, are left as they are.
    package func isoTimestamps() -> JSONValue {
        switch self {
        case .array(let values):
            return .array(values.map { $0.isoTimestamps() })
        case .object(let members):
            return .object(
                members.map { name, value in
                    guard name.hasSuffix("Timestamp") else { return (name, value.isoTimestamps()) }
                    let seconds: Double? =
                        switch value {
                        case .integer(let whole): Double(whole)
                        case .number(let number): number
                        default: nil
                        }
                    guard let seconds, seconds.isFinite, abs(seconds) < 1e11 else { return (name, value) }
                    return (name, .string(ISOTime.format(epochMillis: Int((seconds * 1000).rounded()))))
                })
        case .null, .bool, .integer, .number, .string:
            return self
        }
    }

    /// The value as one line of compact JSON, its members in the order they were read.
    package var jsonLine: String { String(decoding: serialized(), as: UTF8.self) }
}
