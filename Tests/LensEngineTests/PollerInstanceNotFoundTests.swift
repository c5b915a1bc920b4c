import AWSClient
import ContactLensModel
import Testing

@testable import LensEngine

/// A not-found that names the instance is a mistyped id, not a call still in the queue: it ends
/// the paging at once instead of waiting the whole `--wait`.
@Suite struct PollerInstanceNotFoundTests {
    static func notFound(_ message: String) -> ClientError {
        .service(ServiceError(code: "ResourceNotFoundException", message: message, httpStatus: 404))
    }

    @Test func anUnknownInstanceFailsAtOnceAnUnknownContactIsWaitedFor() {
        let config = PollerConfiguration(maxWaitForAnalysis: .seconds(600))
        var machine = PollerStateMachine(configuration: config, seed: 1)
        _ = machine.start()
        machine.requestStarted(at: .zero)
        let instance = Self.notFound("Instance 6f0c5a1e not found")
        #expect(machine.failed(instance, at: .zero).0 == .fail(instance))

        var waiting = PollerStateMachine(configuration: config, seed: 1)
        _ = waiting.start()
        waiting.requestStarted(at: .zero)
        let contact = Self.notFound("Contact c-1 not found in instance i-1")
        #expect(waiting.failed(contact, at: .zero).1 == .waitingForAnalysis(since: .zero))
        // The instance named while already waiting ends it too.
        waiting.requestStarted(at: .seconds(1))
        #expect(waiting.failed(instance, at: .seconds(1)).0 == .fail(instance))
    }

    @Test func theLineNamesTheInstanceIdNotTheContact() {
        let line = Self.notFound("Instance 6f0c5a1e not found").advice(credentialSource: nil)
        #expect(line.hasPrefix("instance not found: Instance 6f0c5a1e not found"), "\(line)")
        #expect(line.contains("--instance-id"))
        #expect(Self.notFound("Contact c not found in instance i").advice(credentialSource: nil).hasPrefix("contact not found"))
    }
}
