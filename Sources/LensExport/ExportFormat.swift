/// The formats `lenstail export` writes.
package enum ExportFormat: String, CaseIterable, Sendable {
    case text, markdown, json
}
