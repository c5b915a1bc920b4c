import FoundationEssentials

/// A scenario file that cannot be used, with one line saying where and why.
package struct ScenarioError: Error, Hashable, Sendable, CustomStringConvertible {
    package let message: String
    package init(_ message: String) { self.message = message }
    package var description: String { message }

    /// Describes a decoding failure by its JSON path, e.g. `Contacts[0].Segments[2].Transcript.Id`.
    init(decoding error: DecodingError) {
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            self.init("not valid JSON (\(Self.reason(context)))")
        case .dataCorrupted(let context):
            self.init("\(Self.path(context.codingPath)): \(Self.reason(context))")
        case .keyNotFound(let key, let context):
            self.init("\(Self.path(context.codingPath + [key])): required but missing")
        case .typeMismatch(let type, let context):
            self.init("\(Self.path(context.codingPath)): expected \(Self.name(of: type))")
        case .valueNotFound(let type, let context):
            self.init("\(Self.path(context.codingPath)): expected \(Self.name(of: type)), found null")
        @unknown default:
            self.init("wrong shape: \(error)")
        }
    }

    private static func reason(_ context: DecodingError.Context) -> String {
        let underlying = (context.underlyingError as? any CustomStringConvertible)?.description
        return [context.debugDescription, underlying].compactMap { $0 }.joined(separator: ": ")
            .replacing("\n", with: " ")
    }

    static func path(_ codingPath: [any CodingKey]) -> String {
        guard !codingPath.isEmpty else { return "top level" }
        var text = ""
        for key in codingPath {
            if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
        }
        return text
    }

    private static func name(of type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "an integer"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default:
            String(describing: type).hasPrefix("Array") ? "a list" : "an object"
        }
    }
}
