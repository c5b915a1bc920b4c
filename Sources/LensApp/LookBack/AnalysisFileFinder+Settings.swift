import AWSClient
import FoundationEssentials

extension AnalysisFileFinder {
    /// The finder for the command line's AWS settings: credentials resolved first (a broken setup
    /// is one line before anything is sent), then Amazon Connect and S3.
    package static func open(
        instanceId: String, contactId: String, settings: AnalysisFileSettings, aws: AWSSettings,
        environment: AWSEnvironment = .current
    ) async throws -> AnalysisFileSource {
        let (connect, s3) = try aws.makeLookBackClients(environment: environment)
        let source: String
        do { source = try await connect.credentials.resolve().source } catch { throw FatalError(String(describing: error)) }
        let finder = AnalysisFileFinder(connect: connect, s3: s3, settings: settings, credentialSource: source)
        return try await finder.open(instanceId: instanceId, contactId: contactId)
    }
}
