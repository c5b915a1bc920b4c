/// Why a body is not XML this reader accepts, and where: a line a person can act on,
/// "not well-formed XML at line 3, column 7 (byte 45): end tag </b> does not match <a>".
package struct XMLReadError: Error, Sendable, Hashable, CustomStringConvertible {
    package let reason: String
    /// Bytes from the start of the body, counting from 0.
    package let offset: Int
    /// 1-based; lines end at LF, CR LF or CR.
    package let line: Int
    /// 1-based, in Unicode scalars from the start of the line.
    package let column: Int

    init(_ reason: String, at offset: Int, in bytes: [UInt8]) {
        self.reason = reason
        self.offset = min(max(offset, 0), bytes.count)
        var line = 1
        var lineStart = 0
        var index = 0
        while index < self.offset {
            if bytes[index] == 0x0A || (bytes[index] == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        self.line = line
        column = 1 + bytes[lineStart..<self.offset].lazy.filter { $0 & 0xC0 != 0x80 }.count
    }

    package var description: String {
        "not well-formed XML at line \(line), column \(column) (byte \(offset)): \(reason)"
    }
}
