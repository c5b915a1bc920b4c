import ContactLensModel

/// The instance and contact ids a command line names, held to the form Amazon Connect gives them
/// (UUIDs; an instance ARN is reduced to its id as it is parsed). An id of another form is a
/// typo or a paste of something else: said at once, not found out after a wait.
package enum ConnectIdArguments {
    /// A usage error naming the first id that is not in the service's form.
    package static func check(instanceId: String?, contactIds: [String] = []) throws(UsageError) {
        if let instanceId, !PastedIdentifier.isServiceId(instanceId) {
            throw UsageError(
                "--instance-id \(quoted(instanceId)) is not an Amazon Connect instance id or ARN: an id is a UUID such as 6f0c5a1e-3d2b-4c8e-9a71-2b5e8d4f0c3a, the end of the instance's ARN"
            )
        }
        if let contactId = contactIds.first(where: { !PastedIdentifier.isServiceId($0) }) {
            throw UsageError(
                "--contact-id \(quoted(contactId)) is not an Amazon Connect contact id: a contact id is a UUID such as b7e41c92-58da-4f06-8c3e-91a2d6f5e047"
            )
        }
    }

    /// The id as typed, made safe for the terminal and cut short when long.
    private static func quoted(_ id: String) -> String {
        let shown = TerminalText.sanitize(id)
        return "'" + (shown.count > 60 ? String(shown.prefix(60)) + "…" : shown) + "'"
    }
}
