import AWSClient
import LensTerminal

/// What every command does first: SIGINT, SIGTERM and SIGHUP go to the view while it is open,
/// and otherwise stop any child process (a credential_process) before lenstail ends by them.
package enum ProcessLifecycle {
    package static func start() {
        Signals.shared.install(beforeDying: ChildProcesses.stopAll)
    }
}
