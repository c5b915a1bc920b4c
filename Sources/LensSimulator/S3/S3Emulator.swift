import AWSSigV4
import ContactLensModel
import FoundationEssentials
import LensBasics

/// The emulator's S3, read-only: the instance's call-recordings bucket (the one
/// ListInstanceStorageConfigs names for CALL_RECORDINGS) holding the post-contact analysis
/// files of the scenario's contacts, each from when Contact Lens would write it. Path style
/// (`/BUCKET/KEY`), SigV4 for `s3` (the path as sent, `x-amz-content-sha256`), the bucket in
/// the demo's region (a request signed for another is answered as S3 answers it, naming the
/// bucket's region). ListBuckets, ListObjectsV2, GetObject and HeadObject; errors in S3's XML.
/// Tests hold lenstail's S3 client to moto's S3; this one serves the demo and the AWS CLI.
struct S3Emulator: Sendable {
    let bucket: String
    let region: String
    let verifier: SigV4Verifier
    let deniedAccessKeys: Set<String>
    private let scenario: Scenario
    private let epoch: Date
    private let speed: Double
    /// Made on the first request: a scenario's files are only written when S3 is asked.
    private var files: [AnalysisFile]?

    init(_ configuration: SimulatorConfiguration, epoch: Date) {
        bucket = AnalysisFiles.bucket(of: configuration.scenario)
        region = DemoIdentity.region
        let secrets = Dictionary(configuration.credentials.map { ($0.accessKeyId, $0) }) { first, _ in first }
        verifier = .s3(secrets: secrets)
        deniedAccessKeys = configuration.deniedAccessKeys
        scenario = configuration.scenario
        self.epoch = epoch
        speed = configuration.speed
    }

    /// An S3 request: signed for `s3`, or (unsigned) addressed to the bucket.
    static func isS3(_ request: IncomingRequest, bucket: String) -> Bool {
        if let scope = SigV4Verifier.scope(of: request.headers) { return scope.service == "s3" }
        let first = request.path.split(separator: "/", maxSplits: 1).first.map(String.init) ?? ""
        return (first.percentDecoded ?? first) == bucket
    }

    /// The files written by `now`, sorted by key.
    mutating func objects(at now: Date) -> [AnalysisFile] {
        if files == nil { files = AnalysisFiles.files(of: scenario, epoch: epoch, speed: speed) }
        return (files ?? []).filter { $0.writtenAt <= now }
    }

    mutating func respond(to request: IncomingRequest, at now: Date) -> Outcome {
        let requestId = String(UUID().uuidString.replacing("-", with: "").prefix(16))
        var outcome: Outcome
        do throws(S3Error) {
            outcome = Outcome(response: try answer(request, at: now))
        } catch {
            outcome = Outcome(response: error.response(requestId: requestId, head: request.method == "HEAD"))
            outcome.record.errorCode = error.code
        }
        outcome.response.headers.append(HTTPHeader("x-amz-request-id", requestId))
        return outcome
    }

    private mutating func answer(_ request: IncomingRequest, at now: Date) throws(S3Error) -> SimulatorResponse {
        let key = try authenticate(request, at: now)
        let path = request.path.dropFirst().split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        let name = path.first.map { String($0).percentDecoded ?? String($0) } ?? ""
        if name.isEmpty {
            guard request.method == "GET" else { throw .methodNotAllowed(request.method) }
            return listBuckets(owner: key)
        }
        guard name == bucket else { throw .noSuchBucket(name) }
        if let scope = SigV4Verifier.scope(of: request.headers), scope.region != region {
            throw .wrongRegion(asked: scope.region, actual: region)
        }
        if deniedAccessKeys.contains(key) { throw .accessDenied }
        let objectKey = path.count > 1 ? String(path[1]).percentDecoded ?? String(path[1]) : ""
        guard objectKey.isEmpty else {
            guard request.method == "GET" || request.method == "HEAD" else { throw .methodNotAllowed(request.method) }
            return try object(objectKey, request: request, at: now)
        }
        guard request.method == "GET" else { throw .methodNotAllowed(request.method) }
        let query = ConnectFloorHandler.query(request.query)
        guard query["list-type"] == "2" else {
            throw .notImplemented("Only ListObjectsV2 (list-type=2) is served by this emulator")
        }
        return try list(query, at: now)
    }

    /// Checks the signature; answers the access key.
    private func authenticate(_ request: IncomingRequest, at now: Date) throws(S3Error) -> String {
        switch verifier.verify(
            method: request.method, path: request.path, query: request.query, headers: request.headers, body: request.body,
            now: now)
        {
        case .success(let key): return key
        case .failure(let error): throw S3Error(verification: error, now: now)
        }
    }

    private func listBuckets(owner: String) -> SimulatorResponse {
        let created = ISOTime.format(epochMillis: Int((epoch.timeIntervalSince1970 - 86_400 * 30) * 1000))
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ListAllMyBucketsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Owner><ID>\(S3XML.escape(owner.lowercased()))</ID>\
            </Owner><Buckets><Bucket><Name>\(S3XML.escape(bucket))</Name><CreationDate>\(created)</CreationDate>\
            <BucketRegion>\(region)</BucketRegion></Bucket></Buckets></ListAllMyBucketsResult>
            """
        return S3XML.response(xml)
    }
}
