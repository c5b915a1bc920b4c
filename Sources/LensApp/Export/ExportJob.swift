import Foundation
import LensExport
import LensRecording

/// `lenstail export`: a finished call's merged transcript as text, Markdown or JSON.
package enum ExportJob {
    package static func run(_ source: CallSource, aws: AWSSettings, fetch: FetchSettings, format: ExportFormat,
                           outputFile: String?, console: Console = .standard) async throws {
        let call = try await CallLoader.load(source, aws: aws, fetch: fetch, console: console)
        let export = TranscriptExport(pages: call.pages.map(\.response), instanceId: call.instanceId,
                                      contactId: call.contactId)
        guard let outputFile else { return try console.out(export.render(format)) }
        do { try PrivateFile.write(export.renderUTF8(format), to: outputFile) } catch { throw FatalError(error.message) }
    }
}
