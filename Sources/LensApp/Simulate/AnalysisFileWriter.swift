import AWSClient
import FoundationEssentials
import LensSimulator

/// `lenstail simulate --to-s3 s3://BUCKET[/PREFIX]`: writes the post-contact analysis files of a
/// scenario's calls, voice and chat, raw and redacted, to any S3 bucket (moto on loopback, or a
/// real one) under the keys Contact Lens uses
/// (`Analysis/{Voice|Chat}/[Redacted/]YYYY/MM/DD/<C>_analysis[_redacted]_<time>.json`), dated
/// as the emulator's DescribeContact dates the contacts (ended just before now). One PutObject
/// a file; `replay|export --from-s3` then reads them as they would read Contact Lens's.
package enum AnalysisFileWriter {
    package struct Settings: Sendable {
        package var bucket: S3BucketArgument
        package var scenarioFile: String?

        package init(bucket: S3BucketArgument, scenarioFile: String?) {
            self.bucket = bucket
            self.scenarioFile = scenarioFile
        }
    }

    package static func run(_ settings: Settings, aws: AWSSettings, console: Console = .standard) async throws {
        let scenario: Scenario
        do {
            scenario = try settings.scenarioFile.map { try Scenario.load(contentsOf: URL(fileURLWithPath: $0)) } ?? .demo
        } catch {
            throw FatalError(String(describing: error))
        }
        let s3 = try aws.makeLookBackClients().s3
        let files = AnalysisFiles.files(of: scenario, epoch: Date(), base: settings.bucket.prefix)
        try await write(files, to: settings.bucket.bucket, s3: s3, console: console)
    }

    /// Puts every file, each said on standard error as it is written; the first failure stops it
    /// with one line naming the object, the fix and the IAM action.
    static func write(_ files: [AnalysisFile], to bucket: String, s3: S3Client, console: Console) async throws {
        let contacts = Set(files.map(\.contactId)).count
        console.note(
            "lenstail simulate: writing \(files.count) analysis files of \(contacts) contact\(contacts == 1 ? "" : "s") "
                + "to s3://\(bucket)\n")
        var bytes = 0
        for file in files {
            do { try await s3.putObject(bucket: bucket, key: file.key, body: file.bytes) } catch {
                throw FatalError(error.s3Advice(.putObject, bucket: bucket, key: file.key, credentialSource: nil))
            }
            bytes += file.bytes.count
            console.note("  s3://\(bucket)/\(file.key) (\(file.bytes.count) bytes)\n")
        }
        console.note("lenstail simulate: wrote \(files.count) files, \(bytes) bytes\n")
    }
}
