import ArgumentParser
import FoundationEssentials
import LensApp

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How the errors of `LensApp` end the process: the exit statuses the README lists.
enum Exit {
    static func mapping(_ body: () async throws -> Void) async throws {
        // A reader that goes away is a write error (EPIPE) to end on quietly, not a signal that
        // kills the process in some modes and not in others.
        signal(SIGPIPE, SIG_IGN)
        ProcessLifecycle.start()
        do {
            try await body()
        } catch let interrupted as Interrupted {
            throw ExitCode(interrupted.exitStatus)
        } catch ConsoleError.closed {
            // The reader went away (`| head`): as quiet as `cat`, and the same in every mode.
            throw ExitCode.success
        } catch let error as ConsoleError {
            Console.standard.note("lenstail: error: \(error)\n")
            throw ExitCode.failure
        }
    }
}
