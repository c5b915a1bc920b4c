import CivilCalendar
import ContactLensModel
import FoundationEssentials
import LensBasics
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
                $0.isASCII && (UInt8($0.value).isASCIIAlphanumeric || "-_.".unicodeScalars.contains($0))
            }.prefix(64).map(Character.init)
        ).trimmed(ScalarSet("."))
        let filter = state.filter == .all ? "" : "-\(state.filter.rawValue)"
        return "lenstail-\(safe.isEmpty ? "call" : safe)-\(stamp(date, .current))\(filter)"
    }

    /// "20261126-071500": the local date and time (`yyyyMMdd-HHmmss`).
    static func stamp(_ date: Date, _ zone: LocalZone) -> String {
        let (day, second) = zone.civil(date)
        func digits(_ n: Int, _ width: Int) -> String {
            let text = String(n)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return digits(day.year, 4) + digits(day.month, 2) + digits(day.day, 2) + "-" + digits(second / 3600, 2)
            + digits(second / 60 % 60, 2) + digits(second % 60, 2)
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
