import Testing

extension MotoServer {
    /// The server of the suite running this test (see `Trait.motoServer`).
    @TaskLocal package static var current: MotoServer?
}

/// Starts one moto server around a whole suite and stops it after the suite's last test; the
/// tests find it in `MotoServer.current`. Without moto_server installed the suite runs without
/// one, and its tests skip (or, under CI=true, fail).
package struct MotoServerTrait: SuiteTrait, TestScoping {
    package var isRecursive: Bool { false }

    package func provideScope(
        for test: Test, testCase: Test.Case?,
        performing function: @Sendable () async throws -> Void
    ) async throws {
        guard let path = MotoServer.installedPath else { return try await function() }
        let server = try await MotoServer.start(path: path)
        defer { server.stop() }
        try await MotoServer.$current.withValue(server) { try await function() }
    }
}

extension Trait where Self == MotoServerTrait {
    /// One moto server for the suite: `@Suite(.serialized, .motoServer)`.
    package static var motoServer: Self { Self() }
}
