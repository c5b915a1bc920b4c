/// Reading a file whose layout drifts (Contact Lens's output has gained and renamed members
/// over the years): a member that is missing or of an unexpected type reads as nil instead of
/// failing the file, a list keeps the elements it can read, and members nobody modelled are
/// kept as raw JSON so nothing is lost on the way to an export.
extension KeyedDecodingContainer where K == MemberKey {
    /// The member as `T`, nil when absent, null or not a `T`.
    func lenient<T: Decodable>(_ name: String, as type: T.Type = T.self) -> T? {
        (try? decodeIfPresent(T.self, forKey: MemberKey(name))) ?? nil
    }

    /// A number, written as an integer or not.
    func number(_ name: String) -> Double? {
        lenient(name, as: Double.self) ?? lenient(name, as: String.self).flatMap(Double.init)
    }

    /// A whole number (milliseconds, counts); a fraction is rounded.
    func integer(_ name: String) -> Int? {
        if let value = lenient(name, as: Int.self) { return value }
        guard let value = number(name), value.isFinite, abs(value) < 9e15 else { return nil }
        return Int(value.rounded())
    }

    /// A text member; a number or boolean is read as its text.
    func text(_ name: String) -> String? {
        lenient(name, as: String.self) ?? lenient(name, as: Int.self).map(String.init)
            ?? lenient(name, as: Double.self).map { "\($0)" } ?? lenient(name, as: Bool.self).map { "\($0)" }
    }

    /// The elements of a list member that read as `T`; nil when the member is absent or not a list.
    func list<T: Decodable>(_ name: String, of type: T.Type = T.self) -> [T]? {
        lenient(name, as: [Lenient<T>].self)?.compactMap(\.value)
    }

    /// An object of lists (`role → [span]`), each read as `list` reads one.
    func lists<T: Decodable>(_ name: String, of type: T.Type = T.self) -> [String: [T]]? {
        lenient(name, as: [String: [Lenient<T>]].self)?.mapValues { $0.compactMap(\.value) }
    }

    /// An object of numbers (`role → score`), skipping members that are not numbers.
    func numbers(_ name: String) -> [String: Double]? {
        lenient(name, as: [String: Lenient<Double>].self)?.compactMapValues(\.value)
    }

    /// The members not in `known`, as they came.
    func unknown(except known: Set<String>) -> [String: RawJSON] {
        var kept: [String: RawJSON] = [:]
        for key in allKeys where !known.contains(key.stringValue) {
            if let value = try? decode(RawJSON.self, forKey: key) { kept[key.stringValue] = value }
        }
        return kept
    }
}

/// One element of a list read leniently: nil when it is not a `T`.
struct Lenient<T: Decodable>: Decodable {
    var value: T?

    init(from decoder: any Decoder) throws {
        value = try? T(from: decoder)
    }
}
