import AWSSigV4
import Crypto
import FoundationEssentials

extension S3Client {
    /// PutObject: `body` stored under `key`, whole, in one request. The body is signed by its
    /// SHA-256 (`x-amz-content-sha256`) and sent with its `Content-MD5`, which S3 checks against
    /// what it received (BadDigest) before it stores anything. Answers the object's ETag.
    @discardableResult
    package func putObject(bucket: String, key: String, body: [UInt8], contentType: String = "application/json")
        async throws(ClientError) -> String?
    {
        try S3Addressing.validate(bucket: bucket)
        try S3Addressing.validate(key: key)
        let digest = Data(Insecure.MD5.hash(data: body)).base64EncodedString()
        let response = try await send(
            "PUT", bucket: bucket, key: key, query: [],
            headers: [HTTPHeader("Content-Type", contentType), HTTPHeader("Content-MD5", digest)], body: body,
            bodyLimit: 1 << 20)
        return response.header("ETag")
    }
}
