/// What a client needs to know of one AWS service to find and sign for it.
package struct AWSService: Sendable, Hashable {
    /// The SigV4 signing name, e.g. `connect` (Contact Lens signs as `connect` too).
    package var signingName: String
    /// The first label of the regional host, e.g. `contact-lens` in `contact-lens.us-east-1.amazonaws.com`.
    package var endpointPrefix: String
    /// The service's own endpoint variable, named from its service id as the AWS SDKs do,
    /// e.g. `AWS_ENDPOINT_URL_CONNECT_CONTACT_LENS` for "Connect Contact Lens".
    package var endpointVariable: String

    package init(signingName: String, endpointPrefix: String, endpointVariable: String) {
        self.signingName = signingName
        self.endpointPrefix = endpointPrefix
        self.endpointVariable = endpointVariable
    }

    /// Contact Lens real-time analysis (ListRealtimeContactAnalysisSegments).
    package static let contactLens = AWSService(
        signingName: "connect", endpointPrefix: "contact-lens", endpointVariable: "AWS_ENDPOINT_URL_CONNECT_CONTACT_LENS")
    /// Amazon Connect (ListRealtimeContactAnalysisSegmentsV2, GetCurrentUserData, Describe*).
    package static let connect = AWSService(
        signingName: "connect", endpointPrefix: "connect", endpointVariable: "AWS_ENDPOINT_URL_CONNECT")
    /// Kinesis Data Streams.
    package static let kinesis = AWSService(
        signingName: "kinesis", endpointPrefix: "kinesis", endpointVariable: "AWS_ENDPOINT_URL_KINESIS")
    /// STS, on its regional endpoint.
    package static let sts = AWSService(signingName: "sts", endpointPrefix: "sts", endpointVariable: "AWS_ENDPOINT_URL_STS")
    /// S3, on its regional endpoint (a bucket's own host on AWS: see `S3Addressing`).
    package static let s3 = AWSService(signingName: "s3", endpointPrefix: "s3", endpointVariable: "AWS_ENDPOINT_URL_S3")
    /// The IAM Identity Center portal (GetRoleCredentials); its host is `portal.sso.{region}…`.
    package static let sso = AWSService(
        signingName: "awsssoportal", endpointPrefix: "portal.sso", endpointVariable: "AWS_ENDPOINT_URL_SSO")
}
