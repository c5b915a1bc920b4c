import ArgumentParser

/// `--from-s3` and `--bucket` of `replay` and `export`: a finished contact opened from the
/// post-contact analysis file Contact Lens wrote to S3 (`--redacted`, of the chat options, picks
/// the redacted copy), instead of from a recording or the real-time API.
struct LookBackOptions: ParsableArguments {
    @Flag(
        name: .customLong("from-s3"),
        help:
            "Open the contact from its post-contact analysis file in S3 (Analysis/Voice or Analysis/Chat, dated by DescribeContact), with the talk time, loudness, outcomes and the rest only that analysis has. Kept as long as the bucket keeps it."
    )
    var fromS3 = false

    @Option(
        help: ArgumentHelp(
            "With --from-s3: the bucket (and prefix) Contact Lens writes to, instead of the instance's call-recordings bucket (ListInstanceStorageConfigs).",
            valueName: "s3://bucket[/prefix]"))
    var bucket: String?
}
