import AWSSigV4

/// The fixed ids, region and credentials of the built-in demo. The key is not an AWS key:
/// it only works against the local simulator.
public enum DemoIdentity {
    public static let instanceId = "6f0c5a1e-3d2b-4c8e-9a71-2b5e8d4f0c3a"
    public static let contactId = "b7e41c92-58da-4f06-8c3e-91a2d6f5e047"
    public static let region = "us-east-1"
    public static let accessKeyId = "AKIALENSTAILDEMO0001"
    public static let secretAccessKey = "lenstail-demo-secret-key-local-simulator-only"
    public static var credentials: AWSCredentials {
        AWSCredentials(accessKeyId: accessKeyId, secretAccessKey: secretAccessKey)
    }
}
