import ContactLensModel

/// Makes a JSON line terminal-safe: the encoder escapes C0 controls but writes DEL, C1 controls,
/// bidi overrides and line separators as they are. Those only occur inside strings, where
/// `\uXXXX` means the same text to a JSON reader and nothing to a terminal.
enum JSONLineEscaper {
    static func escape(_ line: String) -> String {
        guard line.unicodeScalars.contains(where: isInvisible) else { return line }
        var output = ""
        output.reserveCapacity(line.utf8.count + 16)
        for scalar in line.unicodeScalars {
            if isInvisible(scalar) {
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool { JSONString.isInvisible(scalar) }
}
