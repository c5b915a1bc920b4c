import ContactLensModel
import LensEngine
import LensExport

/// `lenstail export` as typed, checked: which call, fetched how, written as what and where.
package struct ExportSettings: Sendable {
    package var source: CallSource
    package var aws: AWSSettings
    package var fetch: FetchSettings
    package var format: ExportFormat
    package var outputFile: String?

    /// The rules in the order the command line's groups are checked: the source, AWS, then the rate.
    package init(
        file: String?, instanceId: String?, contactId: String?, fromS3: Bool = false, bucket: String? = nil,
        aws: AWSArguments, channel: ContactChannel,
        redacted: Bool, format: ExportFormat, outputFile: String?, maxRate: Double
    ) throws(UsageError) {
        source = try CallSource(file: file, instanceId: instanceId, contactId: contactId)
            .lookingBack(fromS3: fromS3, bucket: bucket, redacted: redacted, file: file)
        self.aws = try aws.settings()
        try PollingSettings.checkMaxRate(maxRate)
        fetch = FetchSettings(maxRate: maxRate, channel: channel, outputType: redacted ? .redacted : .raw)
        self.format = format
        self.outputFile = outputFile
    }

    /// Writes the export to the file, or to stdout.
    package func run() async throws {
        try await ExportJob.run(source, aws: aws, fetch: fetch, format: format, outputFile: outputFile)
    }
}
