import AWSSigV4
import ContactLensModel
import FoundationEssentials

/// S3 over rest-xml, the two operations lenstail needs to open a contact's analysis file:
/// ListObjectsV2 (paged by ContinuationToken) and GetObject (read up to a size cap). Signed for
/// `s3` with `x-amz-content-sha256`; virtual-hosted on AWS, path style on a configured endpoint
/// (`S3Addressing`). A bucket in another region is asked once more in that region, which S3
/// names in `x-amz-bucket-region` (or the error's `<Region>`), on that region's endpoint: a
/// `Location` is never followed. Transient failures are retried by `retry`.
package struct S3Client: Sendable {
    /// The region asked first.
    package let region: String
    package let addressing: S3Addressing
    package let credentials: any CredentialProvider
    package var transport: AWSTransport
    package var retry: RetryPolicy
    /// The offset to AWS's clock its signed calls use and learn (see `ClockCorrection`).
    package let clock: ClockCorrection
    private let now: @Sendable () -> Date

    /// Largest listing page read: S3's 1000 keys are a few hundred KB.
    static let listingLimit = 16 << 20

    package init(
        region: String, configuredEndpoint: URL?, credentials: any CredentialProvider,
        transport: AWSTransport = AWSTransport(timeout: .seconds(60)), retry: RetryPolicy = .standard,
        now: @escaping @Sendable () -> Date = Date.init, clock: ClockCorrection = ClockCorrection()
    ) {
        self.region = region
        addressing = S3Addressing(configuredEndpoint: configuredEndpoint)
        self.credentials = credentials
        self.transport = transport
        self.retry = retry
        self.now = now
        self.clock = clock
    }

    /// On AWS, or on `--endpoint-url` / AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL when set.
    package init(
        region: String, environment: AWSEnvironment, endpointOverride: String?, allowInsecure: Bool,
        credentials: any CredentialProvider, transport: AWSTransport = AWSTransport(timeout: .seconds(60))
    ) throws {
        let configured = try EndpointResolver.configuredEndpoint(
            .s3, override: endpointOverride, environment: environment, allowInsecure: allowInsecure)
        self.init(region: region, configuredEndpoint: configured?.url, credentials: credentials, transport: transport)
    }

    /// One page of keys.
    package func listObjectsV2(_ request: ListObjectsV2Request) async throws(ClientError) -> ListObjectsV2Page {
        try S3Addressing.validate(bucket: request.bucket)
        if let maxKeys = request.maxKeys, !(1...1000).contains(maxKeys) {
            throw .invalidRequest(RequestValidationError("MaxKeys must be 1 to 1000, not \(maxKeys)"))
        }
        let response = try await send(bucket: request.bucket, key: nil, query: request.query, bodyLimit: Self.listingLimit)
        let xml: XMLTree
        do { xml = try XMLReader.parse(response.body) } catch {
            throw .malformedResponse("ListObjectsV2 answered with a body that is not XML (\(error))")
        }
        return try ListObjectsV2Page(xml)
    }

    /// Every key under `prefix`, page after page, at most `limit` of them.
    package func listObjects(bucket: String, prefix: String?, pageSize: Int? = nil, limit: Int = .max)
        async throws(ClientError) -> [S3Object]
    {
        var request = ListObjectsV2Request(bucket: bucket, prefix: prefix, maxKeys: pageSize)
        var objects: [S3Object] = []
        var seen = Set<String>()
        while objects.count < limit {
            let page = try await listObjectsV2(request)
            objects += page.contents.prefix(limit - objects.count)
            guard page.isTruncated, let token = page.nextContinuationToken else { break }
            // A token seen before would loop for ever: a broken server, not more keys.
            guard seen.insert(token).inserted else {
                throw .malformedResponse("ListObjectsV2 answered the same ContinuationToken twice")
            }
            request.continuationToken = token
        }
        return objects
    }

    /// The whole object, if it is at most `maxBytes`: a bigger one is refused from its
    /// Content-Length before its body is read (`.tooLarge`).
    package func getObject(bucket: String, key: String, maxBytes: Int) async throws(ClientError) -> S3ObjectBody {
        try S3Addressing.validate(bucket: bucket)
        try S3Addressing.validate(key: key)
        let response = try await send(bucket: bucket, key: key, query: [], bodyLimit: maxBytes)
        return S3ObjectBody(
            bytes: response.body, contentType: response.header("Content-Type"), eTag: response.header("ETag"),
            lastModified: response.header("Last-Modified").flatMap(HTTPDate.parse))
    }

    /// A request (a GET unless said) in this client's region, then, when S3 says the bucket lives
    /// elsewhere, once in that region; retried as `retry` says. Anything but a 2xx is `.service`.
    func send(
        _ method: String = "GET", bucket: String, key: String?, query: [(String, String)], headers: [HTTPHeader] = [],
        body: [UInt8] = [], bodyLimit: Int
    ) async throws(ClientError) -> HTTPResponse {
        try await retry.run { () async throws(ClientError) -> HTTPResponse in
            func attempt(in region: String) async throws(ClientError) -> HTTPResponse {
                let target = addressing.target(bucket: bucket, key: key, query: query, region: region)
                return try await AWSServiceClient(
                    service: .s3, endpoint: target.endpoint, region: region, credentials: credentials, transport: transport,
                    now: now, clock: clock
                ).sendSigned(method: method, path: target.path, headers: headers, body: body, bodyLimit: bodyLimit)
            }
            let first = try await attempt(in: region)
            if first.isSuccess { return first }
            guard let elsewhere = Self.bucketRegion(in: first), elsewhere != region else { throw Self.failure(first) }
            let second = try await attempt(in: elsewhere)
            if second.isSuccess { return second }
            throw Self.failure(second)
        }
    }

    private static func failure(_ response: HTTPResponse) -> ClientError {
        .service(ServiceError(queryStatus: response.status, header: response.header, body: response.body))
    }

    /// The region S3 says the bucket is in, when its answer says the request went to the wrong
    /// one (botocore's S3RegionRedirectorv2): a redirect status, PermanentRedirect,
    /// AuthorizationHeaderMalformed naming a Region, IllegalLocationConstraintException. Only a
    /// region that is a valid DNS label is taken.
    static func bucketRegion(in response: HTTPResponse) -> String? {
        let xml = try? XMLReader.parse(response.body)
        let code = xml?["Code"]
        let wrongRegion =
            [301, 302, 307].contains(response.status) || code == "PermanentRedirect"
            || code == "IllegalLocationConstraintException"
            || (code == "AuthorizationHeaderMalformed" && xml?["Region"] != nil)
        guard wrongRegion, let region = response.header("x-amz-bucket-region") ?? xml?["Region"] else { return nil }
        return S3Addressing.isValidRegion(region) ? region : nil
    }
}
