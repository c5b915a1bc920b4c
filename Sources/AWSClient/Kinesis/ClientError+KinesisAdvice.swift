import ContactLensModel

extension ClientError {
    /// `advice(credentialSource:)` in the words of a stream reader: which actions on which stream.
    package func kinesisAdvice(stream: KinesisStream, credentialSource: String?) -> String {
        guard case .service(let error) = self else { return advice(credentialSource: credentialSource) }
        let used = credentialSource.map { " (credentials from \($0))" } ?? ""
        let detail = error.message.isEmpty ? "" : ": \(error.message)"
        switch error.code {
        case "AccessDeniedException":
            return "access denied\(detail) — the IAM identity\(used) needs kinesis:ListShards, "
                + "kinesis:GetShardIterator and kinesis:GetRecords on the stream \(stream)"
        case "ResourceNotFoundException":
            return "stream not found\(detail) — check the stream name or ARN (\(stream)) and the region"
        case "InvalidArgumentException":
            return "Kinesis rejected the request\(detail)"
        default:
            return advice(credentialSource: credentialSource)
        }
    }
}
