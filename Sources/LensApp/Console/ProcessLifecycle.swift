import AWSClient
import CLargeAllocations
import LensTerminal

/// What every command does first: SIGINT, SIGTERM and SIGHUP go to the view while it is open,
/// and otherwise stop any child process (a credential_process) before lenstail ends by them;
/// large blocks freed go back to the system.
package enum ProcessLifecycle {
    package static func start() {
        lenstail_return_large_allocations()
        Signals.shared.install(beforeDying: ChildProcesses.stopAll)
    }
}
