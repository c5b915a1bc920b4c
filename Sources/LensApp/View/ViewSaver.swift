import ContactLensModel
import Foundation
import LensExport
import LensRecording
import LensUI

/// The view's `w` key: the call as the view shows it (with its participant filter) as a Markdown
/// file, mode 0600, in the current directory, never replacing a file.
enum ViewSaver {
    /// Writes the file; the line says where, or the error (a `RecordingError`) why not. Either
    /// way it is a notice on the status line, never the end of the follow.
    static func save(
        _ state: AppState, in directory: String = FileManager.default.currentDirectoryPath,
        at date: Date = Date()
    ) throws(RecordingError) -> String {
        let role = state.filter.role
        let export = TranscriptExport(
            store: state.store, instanceId: state.session.instanceId,
            contactId: state.session.contactId, onlyRole: role)
        let (file, path) = try create(in: directory, base: fileBase(state, at: date))
        try file.write(Array(export.render(.markdown).utf8))
        let turns = state.store.turns.count(where: state.filter.admits)
        let who = role.map { "\($0.lowercased()) " } ?? ""
        return "wrote \(turns) \(who)turn\(turns == 1 ? "" : "s") to \(path)"
    }

    /// "lenstail-<contact>-20261126-071500[-agent]": the contact id kept to file-name-safe characters.
    static func fileBase(_ state: AppState, at date: Date) -> String {
        let safe = String(
            state.session.contactId.unicodeScalars.filter {
                $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-_.".unicodeScalars.contains($0))
            }.prefix(64).map(Character.init)
        ).trimmingCharacters(in: CharacterSet(charactersIn: "."))
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let filter = state.filter == .all ? "" : "-\(state.filter.rawValue)"
        return "lenstail-\(safe.isEmpty ? "call" : safe)-\(formatter.string(from: date))\(filter)"
    }

    /// A new file `base.md`, or `base-2.md`, `base-3.md`… when taken: created exclusively, so
    /// neither a file nor a link that appears meanwhile is ever written through.
    static func create(in directory: String, base: String) throws(RecordingError) -> (PrivateFile, String) {
        let folder = URL(fileURLWithPath: directory)
        for n in 1...1000 {
            let path = folder.appendingPathComponent(n == 1 ? base + ".md" : "\(base)-\(n).md").path
            do {
                return (try PrivateFile(path: path, mode: .createNew), path)
            } catch
                where FileManager.default.fileExists(atPath: path)
                || (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
            {
                continue
            }
        }
        throw RecordingError("\(directory): no free file name for \(base).md")
    }
}
