import ContactLensModel

/// The instance's settings that decide how MonitorContact answers (every one on by default), and
/// where it keeps recordings (ListInstanceStorageConfigs).
package struct ScenarioInstance: Codable, Hashable, Sendable {
    /// False: AWSServiceRoleForAmazonConnect is missing — 403 "You do not have access to the agent".
    package var serviceLinkedRole: Bool?
    /// "Enable multi-party calls and enhanced monitoring"; without it the flow must record the call.
    package var enhancedMonitoring: Bool?
    /// The flows record agent and customer.
    package var callRecording: Bool?
    /// Barge-in is enabled (then MonitorContact needs AllowedMonitorCapabilities).
    package var bargeEnabled: Bool?
    /// False: the caller's IAM identity lacks connect:MonitorContact.
    package var allowsMonitorContact: Bool?
    /// Storage configs by resource type (CALL_RECORDINGS…); the demo bucket when absent.
    package var storageConfigs: [StorageConfig]?

    package init(
        serviceLinkedRole: Bool? = nil, enhancedMonitoring: Bool? = nil, callRecording: Bool? = nil, bargeEnabled: Bool? = nil,
        allowsMonitorContact: Bool? = nil, storageConfigs: [StorageConfig]? = nil
    ) {
        self.serviceLinkedRole = serviceLinkedRole
        self.enhancedMonitoring = enhancedMonitoring
        self.callRecording = callRecording
        self.bargeEnabled = bargeEnabled
        self.allowsMonitorContact = allowsMonitorContact
        self.storageConfigs = storageConfigs
    }

    enum CodingKeys: String, CodingKey {
        case serviceLinkedRole = "ServiceLinkedRole"
        case enhancedMonitoring = "EnhancedMonitoring"
        case callRecording = "CallRecording"
        case bargeEnabled = "BargeEnabled"
        case allowsMonitorContact = "AllowsMonitorContact"
        case storageConfigs = "StorageConfigs"
    }

    /// One resource type's storage, in the API's `InstanceStorageConfig` shape.
    package struct StorageConfig: Codable, Hashable, Sendable {
        package var resourceType: String
        package var config: InstanceStorageConfig

        package init(resourceType: String, config: InstanceStorageConfig) {
            self.resourceType = resourceType
            self.config = config
        }

        enum CodingKeys: String, CodingKey {
            case resourceType = "ResourceType"
            case config = "Config"
        }
    }

    /// Storage configs as the model has them: a known resource type, an S3 config's bucket and
    /// prefix 1 to 128 characters.
    func validate() throws(ScenarioError) {
        for (i, storage) in (storageConfigs ?? []).enumerated() {
            let at = "Instance.StorageConfigs[\(i)]"
            if !InstanceStorageResourceType(rawValue: storage.resourceType).isInModel {
                throw ScenarioError("\(at).ResourceType: \(storage.resourceType) is not a storage resource type")
            }
            if let s3 = storage.config.s3Config,
                !(1...128).contains(s3.bucketName.count) || !(1...128).contains(s3.bucketPrefix.count)
            {
                throw ScenarioError("\(at).Config.S3Config: BucketName and BucketPrefix must be 1 to 128 characters")
            }
        }
    }

    /// Where the demo instance keeps call recordings and chat transcripts (and Contact Lens its
    /// post-contact analysis files, under the call recordings' bucket).
    package static let demoStorage: [StorageConfig] = [
        StorageConfig(
            resourceType: "CALL_RECORDINGS",
            config: InstanceStorageConfig(
                associationId: "5a1e0c3d-0001-4000-8000-000000000001", storageType: "S3",
                s3Config: .init(bucketName: DemoIdentity.recordingsBucket, bucketPrefix: "connect/lenstail-demo/CallRecordings"))),
        StorageConfig(
            resourceType: "CHAT_TRANSCRIPTS",
            config: InstanceStorageConfig(
                associationId: "5a1e0c3d-0002-4000-8000-000000000002", storageType: "S3",
                s3Config: .init(bucketName: DemoIdentity.recordingsBucket, bucketPrefix: "connect/lenstail-demo/ChatTranscripts"))
        ),
    ]
}
