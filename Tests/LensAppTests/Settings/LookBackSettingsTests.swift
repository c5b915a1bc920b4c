import LensApp
import Testing

/// `replay|export --from-s3 [--bucket s3://B[/P]] [--redacted]`: the contact's analysis file in S3
/// instead of the API; the combinations that cannot work are one line each.
@Suite struct LookBackSettingsTests {
    typealias Ids = SettingsIds

    @Test func fromS3OpensTheContactsFileInTheBucketGiven() throws {
        let export = try ExportSettings(
            file: nil, instanceId: Ids.instance, contactId: Ids.contact, fromS3: true, bucket: "s3://my-bucket/connect/x",
            aws: AWSArguments(), channel: .auto, redacted: true, format: .text, outputFile: nil, maxRate: 1)
        #expect(
            export.source
                == .s3(
                    instanceId: Ids.instance, contactId: Ids.contact,
                    settings: AnalysisFileSettings(
                        bucket: S3BucketArgument(bucket: "my-bucket", prefix: "connect/x/"), redacted: true)))
        let replay = try ReplaySettings(
            file: nil, instanceId: Ids.instance, contactId: Ids.contact, fromS3: true, aws: AWSArguments(), speed: .instant,
            polling: PollingSettings(), channel: .auto, redacted: false)
        #expect(replay.source == .s3(instanceId: Ids.instance, contactId: Ids.contact, settings: AnalysisFileSettings()))
    }

    @Test(arguments: [
        (
            refusal { () throws(UsageError) in
                try CallSource(file: nil, instanceId: SettingsIds.instance, contactId: SettingsIds.contact)
                    .lookingBack(fromS3: false, bucket: "s3://b", redacted: false, file: nil)
            }, "--bucket goes with --from-s3"
        ),
        (
            refusal { () throws(UsageError) in
                try CallSource(file: "call.jsonl", instanceId: nil, contactId: nil)
                    .lookingBack(fromS3: true, bucket: nil, redacted: false, file: "call.jsonl")
            }, "--from-s3 opens a contact by --instance-id and --contact-id, not a recording file"
        ),
        (
            refusal { () throws(UsageError) in
                try CallSource(file: nil, instanceId: SettingsIds.instance, contactId: SettingsIds.contact)
                    .lookingBack(fromS3: true, bucket: "https://example.com/b", redacted: false, file: nil)
            }, "--bucket: 'https://example.com/b' is not an S3 location: write s3://BUCKET or s3://BUCKET/PREFIX"
        ),
    ])
    func optionsThatCannotWorkAreOneLine(refused: String?, message: String) {
        #expect(refused == message)
    }
}
