import FoundationEssentials
import LensBasics

/// Reads a whole input file (a recording, a scenario); a failure is a short reason a person can
/// act on: `is a directory; give a file name`, `no such file`, `permission denied`.
package enum FileContents {
    package static func read(_ url: URL) throws(RecordingError) -> Data {
        var isDirectory = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory {
            throw RecordingError("\(url.path): is a directory; give a file name")
        }
        do {
            return Data(try FileBytes.read(path: url.path))
        } catch {
            throw RecordingError("\(url.path): cannot read it (\(error.reason))")
        }
    }
}
