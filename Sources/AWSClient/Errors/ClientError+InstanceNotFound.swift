import ContactLensModel

extension ClientError {
    /// A not-found that names the instance (`Instance … not found`), not the contact: a mistyped
    /// instance id, never a call whose analysis has not started yet, so never worth waiting for.
    package var isInstanceNotFound: Bool {
        guard case .service(let error) = self, error.code == ServiceErrorCode.resourceNotFound.rawValue else { return false }
        let message = error.message.lowercased()
        return message.hasPrefix("instance") && message.contains("not found") && !message.contains("contact")
    }
}
