import FoundationEssentials
import LensBasics

/// How far AWS's clock is from this machine's. After a request is refused for its time, the
/// difference read from that answer's `Date` header is kept and every later request of the
/// client is signed at this machine's time plus it, as the AWS SDKs do. One value per client,
/// shared by its copies; it also keeps the last difference seen, for `lenstail check`.
package final class ClockCorrection: @unchecked Sendable {
    private let lock = Lock()
    private var adopted: TimeInterval = 0
    private var lastSeen: TimeInterval?
    private var adoptions = 0
    private var observers: [@Sendable (ClockAdjustment) -> Void] = []

    package init() {}

    /// Seconds added to this machine's time when signing (0 until a request is refused for its time).
    package var offset: TimeInterval { lock.withLock { adopted } }
    /// AWS's time minus this machine's at the last answer that carried a `Date` header.
    package var observed: TimeInterval? { lock.withLock { lastSeen } }
    /// How many times an offset was adopted.
    package var adjustments: Int { lock.withLock { adoptions } }

    /// Calls `observer` each time an offset is adopted (for the `--log-file` log).
    package func onAdjustment(_ observer: @escaping @Sendable (ClockAdjustment) -> Void) {
        lock.withLock { observers.append(observer) }
    }

    func record(_ difference: TimeInterval) {
        lock.withLock { lastSeen = difference }
    }

    /// Adopts `difference` after a refusal; observers hear of it unless the kept offset is already
    /// that (within a second: the header counts whole seconds), as when requests sent together
    /// are refused together.
    func adopt(_ difference: TimeInterval, because reason: String) {
        let adjustment = lock.withLock { () -> ClockAdjustment? in
            guard abs(difference - adopted) >= 1 else { return nil }
            defer {
                adopted = difference
                adoptions += 1
            }
            return ClockAdjustment(offset: difference, previous: adopted, reason: reason)
        }
        guard let adjustment else { return }
        for observer in lock.withLock({ observers }) { observer(adjustment) }
    }
}

/// One adopted offset: AWS's time minus this machine's, the one before, and the refusal that taught it.
package struct ClockAdjustment: Sendable, Hashable {
    package let offset: TimeInterval
    package let previous: TimeInterval
    /// The error code and message of the refusal, e.g. "InvalidSignatureException: Signature expired: …".
    package let reason: String
}
