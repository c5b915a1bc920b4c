import FoundationEssentials
import LensEngine
import LensExport
import LensRecording

/// `lenstail export`: a finished call's merged transcript as text, Markdown or JSON.
package enum ExportJob {
    package static func run(
        _ source: CallSource, aws: AWSSettings, fetch: FetchSettings, format: ExportFormat,
        outputFile: String?, console: Console = .standard
    ) async throws {
        // A contact fetched from the API is merged while its pages arrive; a recording of a
        // transferred call exports whole, leg after leg.
        let merge: PageMerge? = if case .api = source { PageMerge() } else { nil }
        let call = try await CallLoader.load(source, aws: aws, fetch: fetch, legs: true, merge: merge, console: console)
        var export =
            if let merge {
                TranscriptExport(store: await merge.store(), instanceId: call.instanceId, contactId: call.contactId)
            } else {
                TranscriptExport(
                    pages: call.pages.map(\.response), instanceId: call.instanceId, contactId: call.contactId,
                    legs: call.legs.map { ($0.page, $0.leg) })
            }
        export.postContact = call.postContact
        guard let outputFile else { return try console.out(export.render(format)) }
        if case .recording(let input, _) = source, PrivateFile.isSameFile(input, outputFile) {
            throw FatalError("-o \(outputFile) is the recording being exported; write the export to another file")
        }
        do { try PrivateFile.replace(outputFile, with: export.renderUTF8(format)) } catch { throw FatalError(error.message) }
    }
}
