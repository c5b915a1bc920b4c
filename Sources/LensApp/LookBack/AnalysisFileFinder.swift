import AWSClient
import ContactLensModel
import FoundationEssentials

/// Finds and reads a contact's post-contact analysis file: DescribeContact says when the contact
/// was connected to an agent (the date of the file's folder) and its channel; the bucket is
/// `--bucket`, else the instance's CALL_RECORDINGS storage; the day before, the day and the day
/// after are listed (midnight, time zones), the newest file wins, and it is read under a size
/// cap, checked as JSON and as the contact's own. Every failure is one line with its fix.
package struct AnalysisFileFinder: Sendable {
    package var connect: ConnectClient
    package var s3: S3Client
    package var settings: AnalysisFileSettings
    /// Where the credentials come from, for messages (never their values).
    package var credentialSource: String?

    package init(connect: ConnectClient, s3: S3Client, settings: AnalysisFileSettings, credentialSource: String?) {
        self.connect = connect
        self.s3 = s3
        self.settings = settings
        self.credentialSource = credentialSource
    }

    package func open(instanceId: String, contactId: String) async throws(FatalError) -> AnalysisFileSource {
        let (connected, channels) = try await describe(instanceId: instanceId, contactId: contactId)
        let location = try await bucket(instanceId: instanceId)
        let redacted = settings.redacted
        let prefixes = AnalysisFileLocator.prefixes(
            contactId: contactId, connectedToAgent: connected, redacted: redacted, channels: channels, base: location.prefix)
        let objects = try await list(location.bucket, prefixes)
        guard let key = AnalysisFileLocator.newestKey(in: objects.map(\.key), contactId: contactId, redacted: redacted) else {
            throw try await notFound(contactId, location, prefixes, connected: connected, channels: channels)
        }
        let object = "s3://\(location.bucket)/\(key)"
        if let size = objects.first(where: { $0.key == key })?.size, size > Int64(settings.maxBytes) {
            throw FatalError(
                ClientError.tooLarge(limit: settings.maxBytes, declared: Int(size)).s3Advice(
                    .getObject, bucket: location.bucket, key: key, credentialSource: credentialSource))
        }
        let body: S3ObjectBody
        do { body = try await s3.getObject(bucket: location.bucket, key: key, maxBytes: settings.maxBytes) } catch {
            throw FatalError(error.s3Advice(.getObject, bucket: location.bucket, key: key, credentialSource: credentialSource))
        }
        let analysis: PostContactAnalysis
        do { analysis = try PostContactFile.read(body.bytes) } catch {
            throw FatalError("\(object): \(error) — the file is not as Contact Lens writes it; nothing was shown")
        }
        if let other = analysis.customerMetadata?.contactId, other != contactId {
            throw FatalError(
                "\(object) is the analysis of contact \(other), not of \(contactId) — refused; "
                    + "check what writes to the bucket under Analysis/")
        }
        return AnalysisFileSource(
            location: object, contactId: contactId, instanceId: instanceId, analysis: analysis, size: body.bytes.count)
    }

    /// When the contact was connected to an agent (else to the system, else began), and the
    /// folders to look in: its channel's, or both when DescribeContact names another.
    func describe(instanceId: String, contactId: String) async throws(FatalError) -> (Date, [AnalysisFileLocator.Channel]) {
        let contact: Contact
        do { contact = try await connect.describeContact(instanceId: instanceId, contactId: contactId) } catch {
            throw FatalError(
                "DescribeContact \(contactId): \(error.connectAdvice(action: "DescribeContact", credentialSource: credentialSource))"
                    + " — lenstail needs it for the date the analysis file is filed under")
        }
        guard
            let connected = contact.agentInfo?.connectedToAgentTimestamp ?? contact.connectedToSystemTimestamp
                ?? contact.initiationTimestamp
        else {
            throw FatalError("DescribeContact gave no time for contact \(contactId); its analysis file cannot be dated")
        }
        let channels: [AnalysisFileLocator.Channel] =
            switch contact.channel?.uppercased() {
            case "VOICE": [.voice]
            case "CHAT": [.chat]
            default: AnalysisFileLocator.Channel.allCases
            }
        return (connected, channels)
    }

    /// `--bucket`, else the instance's call-recordings bucket, at its root.
    func bucket(instanceId: String) async throws(FatalError) -> S3BucketArgument {
        if let bucket = settings.bucket { return bucket }
        let storage: InstanceStorageConfig.S3Config?
        do { storage = try await connect.callRecordingsBucket(instanceId: instanceId) } catch {
            let line = error.connectAdvice(action: "ListInstanceStorageConfigs", credentialSource: credentialSource)
            throw FatalError("ListInstanceStorageConfigs: \(line) — or name the bucket with --bucket s3://BUCKET")
        }
        guard let storage else {
            throw FatalError(
                "instance \(instanceId) keeps no call recordings in S3 (ListInstanceStorageConfigs CALL_RECORDINGS), "
                    + "where Contact Lens writes its analysis files — name the bucket with --bucket s3://BUCKET")
        }
        return S3BucketArgument(bucket: storage.bucketName)
    }

    func list(_ bucket: String, _ prefixes: [String]) async throws(FatalError) -> [S3Object] {
        var objects: [S3Object] = []
        for prefix in prefixes {
            do { objects += try await s3.listObjects(bucket: bucket, prefix: prefix) } catch {
                throw FatalError(error.s3Advice(.listObjectsV2, bucket: bucket, credentialSource: credentialSource))
            }
        }
        return objects
    }

    /// No file: where it looked, and whether the other copy (raw or redacted) is there.
    func notFound(
        _ contactId: String, _ location: S3BucketArgument, _ prefixes: [String], connected: Date,
        channels: [AnalysisFileLocator.Channel]
    ) async throws(FatalError) -> FatalError {
        let other = AnalysisFileLocator.prefixes(
            contactId: contactId, connectedToAgent: connected, redacted: !settings.redacted, channels: channels,
            base: location.prefix)
        let otherKeys = try await list(location.bucket, other).map(\.key)
        let hint =
            AnalysisFileLocator.newestKey(in: otherKeys, contactId: contactId, redacted: !settings.redacted) == nil
            ? "Contact Lens writes it minutes after the contact ends, when its flow enables Contact Lens"
            : (settings.redacted
                ? "only the raw file is there: leave out --redacted" : "only the redacted file is there: add --redacted")
        let time = ISOTime.format(epochMillis: Int(connected.timeIntervalSince1970 * 1000))
        return FatalError(
            "no analysis file of contact \(contactId) (connected to an agent \(time)) in s3://\(location.bucket) — searched "
                + prefixes.map { $0 + "*" }.joined(separator: ", ") + "; \(hint)"
                + (settings.bucket == nil ? "; a file under a prefix needs --bucket s3://BUCKET/PREFIX" : ""))
    }
}
