import Testing

@testable import ContactLensModel

/// A turn's role is matched whatever case the service spelled it in, exactly as upper-casing it
/// would: the quick refusal of another length must never refuse a role that upper-cases to it.
@Suite struct TurnRoleTests {
    @Test(arguments: [
        "CUSTOMER", "customer", "Customer", "AGENT", "agent", "CUSTOMERS", "CUSTOME", "", "SYSTEM",
        "cuſtomer",  // a long s upper-cases to S: 9 bytes that match 8
        "CUSTOMER\u{301}", "Ünïcødé", "custom_bot", "CUSTOM_BOT",
    ])
    func matchesAsUpperCasingDoes(role: String) {
        for wanted in ["CUSTOMER", "AGENT", "CUSTOM_BOT", "SYSTEM"] {
            #expect(Turn.role(role, is: wanted) == (role.uppercased() == wanted), "\(role) against \(wanted)")
        }
    }
}
