/// `--from-s3`, `--bucket` and `--redacted` of `replay` and `export`: a finished contact opened
/// from the post-contact analysis file Contact Lens wrote to S3, found by its contact id.
package struct AnalysisFileSettings: Sendable, Hashable {
    /// `--bucket s3://BUCKET[/PREFIX]`; nil: the instance's CALL_RECORDINGS bucket
    /// (ListInstanceStorageConfigs), at its root, where Contact Lens writes `Analysis/`.
    package var bucket: S3BucketArgument?
    /// The redacted copy (`Analysis/…/Redacted/…_analysis_redacted_…`) instead of the raw one.
    package var redacted: Bool
    /// The largest file read: a two-hour call's analysis is a few MB; a file far larger is not one.
    package var maxBytes: Int

    package static let defaultMaxBytes = 64 << 20

    package init(bucket: S3BucketArgument? = nil, redacted: Bool = false, maxBytes: Int = defaultMaxBytes) {
        self.bucket = bucket
        self.redacted = redacted
        self.maxBytes = maxBytes
    }

    /// The command line's rules for these options: `--from-s3` opens a contact by its ids (not a
    /// recording file), `--bucket` only goes with `--from-s3`. Nil when `--from-s3` is not given.
    package static func fromCommandLine(fromS3: Bool, bucket: String?, redacted: Bool, recordingFile: String?)
        throws(UsageError) -> AnalysisFileSettings?
    {
        guard fromS3 else {
            if bucket != nil { throw UsageError("--bucket goes with --from-s3") }
            return nil
        }
        if recordingFile != nil {
            throw UsageError("--from-s3 opens a contact by --instance-id and --contact-id, not a recording file")
        }
        do {
            return AnalysisFileSettings(bucket: try bucket.map(S3BucketArgument.init(parsing:)), redacted: redacted)
        } catch {
            throw UsageError("--bucket: \(error)")
        }
    }
}

extension CallSource {
    /// With `--from-s3`, the contact's analysis file instead of the API (a recording file is refused).
    package func lookingBack(fromS3: Bool, bucket: String?, redacted: Bool, file: String?) throws(UsageError) -> CallSource {
        guard
            let settings = try AnalysisFileSettings.fromCommandLine(
                fromS3: fromS3, bucket: bucket, redacted: redacted, recordingFile: file),
            case .api(let instanceId, let contactId) = self
        else { return self }
        return .s3(instanceId: instanceId, contactId: contactId, settings: settings)
    }
}
