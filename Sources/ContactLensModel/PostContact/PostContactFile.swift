import FoundationEssentials

/// Reads the bytes of an analysis file: first whether they are JSON at all (saying where they
/// stop being JSON, line and column), then the analysis, leniently.
package enum PostContactFile {
    /// The analysis in `bytes`, or one line saying why they are not an analysis file.
    package static func read(_ bytes: [UInt8]) throws(PostContactFileError) -> PostContactAnalysis {
        do {
            try JSONSyntaxCheck.check(bytes)
        } catch {
            throw PostContactFileError("not JSON at \(error)")
        }
        let first = bytes.first { ![0x20, 0x0A, 0x0D, 0x09, 0xEF, 0xBB, 0xBF].contains($0) }
        guard first == UInt8(ascii: "{") else {
            throw PostContactFileError("not an analysis file: its JSON value is not an object")
        }
        do {
            // The bytes lent to the decoder, not copied: a two-hour call's file is 2.7 MB.
            return try bytes.withUnsafeBytes { raw in
                let data = Data(
                    bytesNoCopy: UnsafeMutableRawPointer(mutating: raw.baseAddress!), count: raw.count, deallocator: .none)
                return try JSONDecoder().decode(PostContactAnalysis.self, from: data)
            }
        } catch {
            throw PostContactFileError("not readable as an analysis file, though it is JSON")
        }
    }
}

/// Why a file could not be read as an analysis file, in one line.
package struct PostContactFileError: Error, Sendable, Hashable, CustomStringConvertible {
    package let message: String
    package init(_ message: String) { self.message = message }
    package var description: String { message }
}
