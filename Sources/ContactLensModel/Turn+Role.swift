extension Turn {
    /// Whether the turn is `role`'s (an upper-case role, "CUSTOMER"), whatever the case the
    /// service spelled it in.
    package func hasRole(_ role: String) -> Bool { Self.role(participantRole, is: role) }

    /// `participantRole.uppercased() == role`, without making an upper-case copy for the roles
    /// that cannot match: the views and the alerts ask this of every turn, and most turns spell
    /// their role as the service does, or are another role of another length. Upper-casing keeps
    /// an ASCII role's length, so only a role with other characters needs the copy to be sure.
    package static func role(_ participantRole: String, is role: String) -> Bool {
        if participantRole == role { return true }
        let bytes = participantRole.utf8
        guard bytes.count == role.utf8.count || bytes.contains(where: { $0 >= 0x80 }) else { return false }
        return participantRole.uppercased() == role
    }
}
