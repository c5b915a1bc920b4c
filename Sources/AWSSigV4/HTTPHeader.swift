/// One HTTP header as a name/value pair; order and duplicates are kept by the arrays that hold them.
public struct HTTPHeader: Sendable, Hashable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}
