import ArgumentParser
import LensApp
import LensExport

/// `lenstail export`: a finished call's merged transcript as text, Markdown or JSON.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a recorded or finished call's transcript as text, Markdown or JSON.",
        discussion: """
            The transcript is merged as a live follow merges it: turns in call order with
            their times, participants, sentiment and detected issues, the categories with
            their times, and the summary. JSON keeps the API's field names.

            Examples:
              lenstail export call.jsonl --format markdown -o call.md
              lenstail export --instance-id I --contact-id C --region us-east-1 \\
                --format json
              lenstail export --instance-id I --contact-id C --from-s3 --format markdown
            """
    )

    @OptionGroup var source: SourceOptions
    @OptionGroup(title: "Post-contact analysis in S3") var lookBack: LookBackOptions
    @OptionGroup(title: "AWS (exporting from the API)") var aws: AWSOptions
    @OptionGroup(title: "Chats (fetching from the API)") var channel: ChannelOptions

    @Option(help: ArgumentHelp("text, markdown (or md) or json.", valueName: "format"))
    var format: ExportFormat = .text

    @Option(
        name: [.customShort("o"), .customLong("output-file")],
        help: ArgumentHelp("Write to this file (replaced; created with mode 0600) instead of stdout.", valueName: "file"),
        completion: .file())
    var outputFile: String?

    @Option(
        help: ArgumentHelp(
            "Never send more than this many requests per second when fetching from the API.", valueName: "per-second"))
    var maxRate: Double = 1

    func validate() throws { _ = try settings }

    func run() async throws {
        try await Exit.mapping { try await settings.run() }
    }

    var settings: ExportSettings {
        get throws {
            try Usage.check { () throws(UsageError) in
                try ExportSettings(
                    file: source.file, instanceId: source.instanceId, contactId: source.contactId, fromS3: lookBack.fromS3,
                    bucket: lookBack.bucket, aws: aws.arguments,
                    channel: channel.channel, redacted: channel.redacted, format: format, outputFile: outputFile,
                    maxRate: maxRate)
            }
        }
    }
}

extension ExportFormat: ExpressibleByArgument {
    /// `md` (the file's extension) is taken for markdown.
    package init?(argument: String) { self.init(rawValue: argument == "md" ? "markdown" : argument) }
}
