/// The formats `lenstail export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    case text, markdown, json
}
