import FoundationEssentials

/// Amazon Connect's rest-json wire conventions: timestamps are epoch seconds (a JSON number, as
/// botocore writes them; an ISO 8601 string is read too, as botocore's parser accepts both), keys
/// sorted so equal requests are equal bytes.
package enum ConnectJSON {
    package static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            // Milliseconds are enough; a Double of seconds prints them without float noise.
            try container.encode((date.timeIntervalSince1970 * 1000).rounded() / 1000)
        }
        return encoder
    }

    package static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            if let seconds = try? container.decode(Double.self) { return Date(timeIntervalSince1970: seconds) }
            let text = try container.decode(String.self)
            if let millis = ISOTime.epochMillis(text) { return Date(timeIntervalSince1970: Double(millis) / 1000) }
            if let seconds = Double(text) { return Date(timeIntervalSince1970: seconds) }
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a timestamp: \(text.prefix(40))")
        }
        return decoder
    }

    /// The body of a request or answer.
    package static func encode<T: Encodable>(_ value: T) throws -> [UInt8] { Array(try encoder().encode(value)) }

    package static func decode<T: Decodable>(_ type: T.Type, from body: [UInt8]) throws -> T {
        try decoder().decode(type, from: Data(body.isEmpty ? Array("{}".utf8) : body))
    }
}

/// The model's length and count rules, checked before sending with messages naming the member.
package enum ConnectCheck {
    /// A string's length in Unicode scalars (how the service counts) within `range`.
    package static func length(_ value: String?, _ range: ClosedRange<Int>, _ member: String) throws(RequestValidationError) {
        guard let value else { return }
        let count = value.unicodeScalars.count
        if !range.contains(count) {
            throw RequestValidationError("\(member) must be \(range.lowerBound) to \(range.upperBound) characters (got \(count))")
        }
    }

    /// A list's length within `range`.
    package static func count<T>(_ list: [T]?, _ range: ClosedRange<Int>, _ member: String) throws(RequestValidationError) {
        guard let list else { return }
        if !range.contains(list.count) {
            let rule = range.lowerBound == 0 ? "at most \(range.upperBound)" : "\(range.lowerBound) to \(range.upperBound)"
            throw RequestValidationError("\(member) must hold \(rule) items (got \(list.count))")
        }
    }

    /// A number within `range`.
    package static func value(_ value: Int?, _ range: ClosedRange<Int>, _ member: String) throws(RequestValidationError) {
        guard let value else { return }
        if !range.contains(value) {
            throw RequestValidationError("\(member) must be between \(range.lowerBound) and \(range.upperBound) (got \(value))")
        }
    }

    /// `InstanceId` (1–100) and a `ContactId` (1–256), the two ids most operations take.
    package static func ids(instanceId: String, contactId: String? = nil) throws(RequestValidationError) {
        try length(instanceId, 1...100, "InstanceId")
        try length(contactId, 1...256, "ContactId")
    }
}
