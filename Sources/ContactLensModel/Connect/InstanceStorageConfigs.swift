/// `ListInstanceStorageConfigs` (`GET /instance/{InstanceId}/storage-configs?resourceType=…`):
/// where an instance keeps call recordings, chat transcripts… — Contact Lens writes its
/// post-contact analysis files into the CALL_RECORDINGS bucket.
package enum ListInstanceStorageConfigs {
    package static let method = "GET"
    package static let maxResultsRange = 1...10

    package static func path(instanceId: String) -> String { "/instance/\(ConnectPath.label(instanceId))/storage-configs" }
}

/// `InstanceStorageResourceType`.
package struct InstanceStorageResourceType: OpenEnum {
    package let rawValue: String
    package init(rawValue: String) { self.rawValue = rawValue }
    package static let chatTranscripts = InstanceStorageResourceType(rawValue: "CHAT_TRANSCRIPTS")
    package static let callRecordings = InstanceStorageResourceType(rawValue: "CALL_RECORDINGS")
    package static let scheduledReports = InstanceStorageResourceType(rawValue: "SCHEDULED_REPORTS")
    package static let mediaStreams = InstanceStorageResourceType(rawValue: "MEDIA_STREAMS")
    package static let contactTraceRecords = InstanceStorageResourceType(rawValue: "CONTACT_TRACE_RECORDS")
    package static let agentEvents = InstanceStorageResourceType(rawValue: "AGENT_EVENTS")
    package static let realTimeContactAnalysisSegments = InstanceStorageResourceType(
        rawValue: "REAL_TIME_CONTACT_ANALYSIS_SEGMENTS")
    package static let attachments = InstanceStorageResourceType(rawValue: "ATTACHMENTS")
    package static let contactEvaluations = InstanceStorageResourceType(rawValue: "CONTACT_EVALUATIONS")
    package static let screenRecordings = InstanceStorageResourceType(rawValue: "SCREEN_RECORDINGS")
    package static let realTimeContactAnalysisChatSegments = InstanceStorageResourceType(
        rawValue: "REAL_TIME_CONTACT_ANALYSIS_CHAT_SEGMENTS")
    package static let realTimeContactAnalysisVoiceSegments = InstanceStorageResourceType(
        rawValue: "REAL_TIME_CONTACT_ANALYSIS_VOICE_SEGMENTS")
    package static let emailMessages = InstanceStorageResourceType(rawValue: "EMAIL_MESSAGES")
    package static let knownValues: [InstanceStorageResourceType] = [
        .chatTranscripts, .callRecordings, .scheduledReports, .mediaStreams, .contactTraceRecords, .agentEvents,
        .realTimeContactAnalysisSegments, .attachments, .contactEvaluations, .screenRecordings,
        .realTimeContactAnalysisChatSegments, .realTimeContactAnalysisVoiceSegments, .emailMessages,
    ]
}

/// `InstanceStorageConfig`: one storage place; `StorageType` S3 comes with an `S3Config`.
package struct InstanceStorageConfig: Codable, Hashable, Sendable {
    package var associationId: String?
    /// S3, KINESIS_VIDEO_STREAM, KINESIS_STREAM or KINESIS_FIREHOSE.
    package var storageType: String
    package var s3Config: S3Config?
    package var kinesisStreamConfig: KinesisStreamConfig?

    package init(associationId: String? = nil, storageType: String, s3Config: S3Config? = nil) {
        self.associationId = associationId
        self.storageType = storageType
        self.s3Config = s3Config
    }

    enum CodingKeys: String, CodingKey {
        case associationId = "AssociationId"
        case storageType = "StorageType"
        case s3Config = "S3Config"
        case kinesisStreamConfig = "KinesisStreamConfig"
    }

    /// `S3Config`: BucketName and BucketPrefix are required (1–128 characters each).
    package struct S3Config: Codable, Hashable, Sendable {
        package var bucketName: String
        package var bucketPrefix: String
        package var encryptionConfig: EncryptionConfig?

        package init(bucketName: String, bucketPrefix: String, encryptionConfig: EncryptionConfig? = nil) {
            self.bucketName = bucketName
            self.bucketPrefix = bucketPrefix
            self.encryptionConfig = encryptionConfig
        }

        enum CodingKeys: String, CodingKey {
            case bucketName = "BucketName"
            case bucketPrefix = "BucketPrefix"
            case encryptionConfig = "EncryptionConfig"
        }
    }

    /// `EncryptionConfig`: KMS and the key's id or ARN (reading the files then needs kms:Decrypt).
    package struct EncryptionConfig: Codable, Hashable, Sendable {
        package var encryptionType: String
        package var keyId: String

        package init(encryptionType: String = "KMS", keyId: String) {
            self.encryptionType = encryptionType
            self.keyId = keyId
        }

        enum CodingKeys: String, CodingKey {
            case encryptionType = "EncryptionType"
            case keyId = "KeyId"
        }
    }

    /// `KinesisStreamConfig` (the segment streams' resource types).
    package struct KinesisStreamConfig: Codable, Hashable, Sendable {
        package var streamArn: String
        package init(streamArn: String) { self.streamArn = streamArn }
        enum CodingKeys: String, CodingKey { case streamArn = "StreamArn" }
    }
}

/// `ListInstanceStorageConfigsResponse`.
package struct ListInstanceStorageConfigsResponse: Codable, Hashable, Sendable {
    package var storageConfigs: [InstanceStorageConfig]
    package var nextToken: String?

    package init(storageConfigs: [InstanceStorageConfig], nextToken: String? = nil) {
        self.storageConfigs = storageConfigs
        self.nextToken = nextToken
    }

    enum CodingKeys: String, CodingKey {
        case storageConfigs = "StorageConfigs"
        case nextToken = "NextToken"
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        storageConfigs = try c.decodeIfPresent([InstanceStorageConfig].self, forKey: .storageConfigs) ?? []
        nextToken = try c.decodeIfPresent(String.self, forKey: .nextToken)
    }
}
