/// The member loop every object reader shares: open the object, find each key among the names
/// the shape lists, refuse a name given twice, skip (or keep) the others. The names are the
/// shapes' own `CodingKeys`, so the fast reader and `Codable` read one list, and a member added
/// to a shape is a compile error in its reader's exhaustive switch.
protocol JSONMembers: CaseIterable, Equatable, Sendable, RawRepresentable where RawValue == String {
    /// The names as bytes, made once: `static let names = MemberNames<Self>()`.
    static var names: MemberNames<Self> { get }
}

/// A shape's member names as UTF-8, in `allCases` order, to find a key without making a String.
struct MemberNames<Member: JSONMembers>: Sendable {
    let cases: [Member]
    private let bytes: [[UInt8]]

    init() {
        cases = Array(Member.allCases)
        bytes = cases.map { Array($0.rawValue.utf8) }
        precondition(cases.count <= 64, "JSONReader.readObject marks at most 64 members")
    }

    @inline(__always)
    func index(of key: JSONReader.Key) -> Int? {
        let count = key.bytes.count
        for i in bytes.indices where bytes[i].count == count {
            if bytes[i].withUnsafeBufferPointer({ $0.elementsEqual(key.bytes) }) { return i }
        }
        return nil
    }

    /// Where `member` comes in the shape's order.
    func order(of member: Member) -> Int { cases.firstIndex(of: member) ?? cases.count }
}

extension JSONReader {
    /// Reads an object: `read` gets each member `Member` names, at most once (a repeat goes to
    /// `JSONDecoder`, which keeps the first); `other` gets the rest, skipped unless it says otherwise.
    /// Inlined (with the variant below and the name search), so the closures compile into each reader.
    @inline(__always)
    mutating func readObject<Member: JSONMembers>(
        _ names: Member.Type,
        other: (Key, inout JSONReader) throws(Unsupported) -> Void = { _, r throws(Unsupported) in try r.skipValue() },
        read: (Member, inout JSONReader) throws(Unsupported) -> Void
    ) throws(Unsupported) {
        _ = try readObject(names, other: other) { member, r throws(Unsupported) in
            try read(member, &r)
            return true
        }
    }

    /// As `readObject`, but `read` may stop at a member by returning false: the rest is left
    /// unread (not even checked) and the answer is false.
    @inline(__always)
    mutating func readObject<Member: JSONMembers>(
        _ names: Member.Type,
        other: (Key, inout JSONReader) throws(Unsupported) -> Void = { _, r throws(Unsupported) in try r.skipValue() },
        until read: (Member, inout JSONReader) throws(Unsupported) -> Bool
    ) throws(Unsupported) -> Bool {
        let table = Member.names
        var seen: UInt64 = 0
        try beginObject()
        while let key = try nextKey() {
            guard let index = table.index(of: key) else {
                try other(key, &self)
                continue
            }
            let bit: UInt64 = 1 << UInt64(index)
            guard seen & bit == 0 else { throw Unsupported() }
            seen |= bit
            guard try read(table.cases[index], &self) else { return false }
        }
        return true
    }

    /// A string, or nil for `null`.
    mutating func readStringOrNull() throws(Unsupported) -> String? { readNull() ? nil : try readString() }

    /// A JSON array (not null) of elements read by `element`.
    mutating func readArray<T>(_ element: (inout JSONReader) throws(Unsupported) -> T) throws(Unsupported) -> [T] {
        var result: [T] = []
        try beginArray()
        while try nextElement() { result.append(try element(&self)) }
        return result
    }
}
