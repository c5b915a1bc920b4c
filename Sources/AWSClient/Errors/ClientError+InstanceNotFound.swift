import ContactLensModel

extension ClientError {
    /// A not-found that names the instance (`Instance … not found`), not the contact: a mistyped
    /// instance id, never a call whose analysis has not started yet, so never worth waiting for.
    package var isInstanceNotFound: Bool {
        guard case .service(let error) = self, error.code == ServiceErrorCode.resourceNotFound.rawValue else { return false }
        let message = error.message.lowercased()
        return message.hasPrefix("instance") && message.contains("not found") && !message.contains("contact")
    }

    /// What begins the message of a not-found for a contact DescribeContact does not know.
    package static let unknownContactPrefix = "DescribeContact does not know this contact:"

    /// A contact DescribeContact does not know (a wrong id): never worth waiting for.
    package var isUnknownContact: Bool {
        guard case .service(let error) = self, error.code == ServiceErrorCode.resourceNotFound.rawValue else { return false }
        return error.message.hasPrefix(Self.unknownContactPrefix)
    }

    /// The service's own words, or its code when it gave none.
    package var serviceMessage: String {
        guard case .service(let error) = self else { return shortReason }
        return error.message.isEmpty ? error.code : error.message
    }
}
