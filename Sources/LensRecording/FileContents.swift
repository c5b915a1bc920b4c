import Foundation

/// Reads a whole input file (a recording, a scenario); a failure is a short reason a person can
/// act on: `is a directory; give a file name`, `no such file`, `permission denied`.
package enum FileContents {
    package static func read(_ url: URL) throws(RecordingError) -> Data {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw RecordingError("\(url.path): is a directory; give a file name")
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw RecordingError("\(url.path): cannot read it (\(reason(error)))")
        }
    }

    private static func reason(_ error: any Error) -> String {
        let error = error as NSError
        if let posix = error.userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(posix.code))).lowercased()
        }
        switch CocoaError.Code(rawValue: error.code) {
        case .fileReadNoSuchFile, .fileNoSuchFile: return "no such file"
        case .fileReadNoPermission: return "permission denied"
        default: return error.localizedDescription
        }
    }
}
