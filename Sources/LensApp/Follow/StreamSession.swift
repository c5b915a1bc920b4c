import AWSClient
import ContactLensModel
import FoundationEssentials
import LensEngine
import LensRecording
import LensUI

/// `lenstail follow --kinesis-stream`: one contact followed on the instance's segment stream.
package enum StreamSession {
    /// Where reading starts on the shards the stream has when the follow begins.
    package enum Start: Sendable, Hashable {
        /// Records from this long ago (AT_TIMESTAMP).
        case since(Duration)
        /// Everything the stream still holds (TRIM_HORIZON).
        case fromStart

        /// Where a reader starting at `now` begins on each shard.
        func position(now: Date) -> ShardPosition {
            switch self {
            case .fromStart: .trimHorizon
            case .since(let ago): .atTimestamp(now.addingTimeInterval(-ago.seconds))
            }
        }
    }

    package struct Settings: Sendable {
        package var stream: String
        package var contactId: String
        package var instanceId: String?
        package var start: Start
        package var pollInterval: Duration
        /// How long the contact may be absent from the stream (`--wait`); nil: for ever.
        package var wait: Duration?

        package init(
            stream: String, contactId: String, instanceId: String?, start: Start,
            pollInterval: Duration = .milliseconds(250), wait: Duration? = nil
        ) {
            self.wait = wait
            self.stream = stream
            self.contactId = contactId
            self.instanceId = instanceId
            self.start = start
            self.pollInterval = pollInterval
        }
    }

    package static func follow(
        _ settings: Settings, aws: AWSSettings, output: OutputSettings, recordPath: String?,
        console: Console = .standard
    ) async throws {
        let stream: KinesisStream
        do { stream = try KinesisStream(settings.stream) } catch { throw FatalError(error.message) }
        let (client, place) = try aws.makeKinesisClient(for: stream)
        let source = try await AWSSettings.credentialSource(of: client)
        let follower = try makeFollower(
            settings, stream: stream, client: client, credentialSource: source,
            recordPath: recordPath)
        let session = SessionInfo(
            instanceId: settings.instanceId ?? "any", contactId: settings.contactId,
            endpoint: "Kinesis \(stream), \(place)", waitLimit: settings.wait?.seconds)
        try await FollowRunner.run(
            follower, session: session, output: output, log: try output.makeLog(session), console: console)
    }

    /// The follower over `client`; with a recording path, each of the contact's records is kept.
    package static func makeFollower(
        _ settings: Settings, stream: KinesisStream, client: KinesisClient,
        credentialSource: String?, recordPath: String?, now: Date = Date()
    ) throws -> StreamFollower {
        let configuration = ShardReaderConfiguration(
            start: settings.start.position(now: now), pollInterval: settings.pollInterval)
        let reader = ShardReader(configuration: configuration, calls: KinesisCalls(client: client, stream: stream))
        let writer = try FollowSession.openRecording(recordPath)
        var onRecord: (@Sendable (StreamRecordContext) throws -> Void)?
        if let writer {
            let name = stream.description
            onRecord = { @Sendable (context: StreamRecordContext) throws in
                let record = context.record
                try writer.append(
                    RecordedStreamEvent(
                        receivedAt: context.receivedAt, stream: name, shardId: context.shardId,
                        sequenceNumber: record.sequenceNumber,
                        arrivedAt: record.approximateArrivalTimestamp, partitionKey: record.partitionKey, data: record.data))
            }
        }
        return StreamFollower(
            reader: reader, stream: stream, contactId: settings.contactId, instanceId: settings.instanceId,
            credentialSource: credentialSource, maxWait: settings.wait, onRecord: onRecord)
    }
}
