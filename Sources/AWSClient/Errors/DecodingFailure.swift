import FoundationEssentials

/// A response body that did not decode, in the words of a reader of the API's JSON.
package enum DecodingFailure {
    /// "missing required field Segments[0].Transcript.ParticipantId", "the body is not valid JSON".
    package static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "not a valid JSON page" }
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return "the body is not valid JSON"
        case .keyNotFound(let key, let context):
            return "missing required field \(path(context.codingPath + [key]))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "wrong type at \(path(context.codingPath))"
        @unknown default:
            return "not a valid page"
        }
    }

    /// "Segments[0].Transcript.ParticipantId".
    static func path(_ keys: [any CodingKey]) -> String {
        keys.reduce(into: "") { text, key in
            if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
        }
    }
}
