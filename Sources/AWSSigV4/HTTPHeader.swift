/// One HTTP header as a name/value pair; order and duplicates are kept by the arrays that hold them.
package struct HTTPHeader: Sendable, Hashable {
    package var name: String
    package var value: String

    package init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}
