import AWSSigV4

/// The fixed ids, region and credentials of the built-in demo. The key is not an AWS key:
/// it only works against the local simulator.
package enum DemoIdentity {
    package static let instanceId = "6f0c5a1e-3d2b-4c8e-9a71-2b5e8d4f0c3a"
    package static let contactId = "b7e41c92-58da-4f06-8c3e-91a2d6f5e047"
    /// The demo chat (`lenstail demo --chat`), in the same instance.
    package static let chatContactId = "c4a7d2e9-1b3f-4e6a-8d5c-7f9e0a2b4c61"
    package static let region = "us-east-1"
    package static let accessKeyId = "AKIALENSTAILDEMO0001"
    package static let secretAccessKey = "lenstail-demo-secret-key-local-simulator-only"
    /// The demo account (ARNs of the emulator's resources).
    package static let account = "123456789012"
    /// The demo instance's call-recordings bucket (ListInstanceStorageConfigs).
    package static let recordingsBucket = "lenstail-demo-connect-recordings"
    /// The supervisor the demo key stands for: STS GetCallerIdentity answers this role session,
    /// whose name is the supervisor's Connect username (as with SSO).
    package static let supervisorUsername = "rosa.mendes"
    package static let callerArn = "arn:aws:sts::\(account):assumed-role/ConnectSupervisor/\(supervisorUsername)"
    package static let callerUserId = "AROALENSTAILDEMOROLE1:\(supervisorUsername)"
    package static var credentials: AWSCredentials {
        AWSCredentials(accessKeyId: accessKeyId, secretAccessKey: secretAccessKey)
    }
}
