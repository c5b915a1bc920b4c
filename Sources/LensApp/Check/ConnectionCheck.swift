import AWSClient
import ContactLensModel
import FoundationEssentials

/// `lenstail check`: one line per thing a follow needs — region, endpoint, credentials, who they
/// are (STS GetCallerIdentity), given ids one call to the API, and this machine's clock against
/// AWS's — each ✓, or ✗ with the fix. Never prints a secret, a token or an MFA code.
package struct ConnectionCheck: Sendable {
    package var aws: AWSSettings
    package var environment: AWSEnvironment
    /// A clock further than this from AWS's fails the check, though requests still work.
    static let clockTolerance: TimeInterval = 60
    /// AWS refuses a signature made further than this from its own time.
    static let signatureWindow: TimeInterval = 300

    package init(aws: AWSSettings, environment: AWSEnvironment = .current) {
        self.aws = aws
        self.environment = environment
    }

    /// Prints the lines; true when every check passed.
    package func run(instanceId: String?, contactId: String?, console: Console = .standard) async throws -> Bool {
        let report = CheckReport(console: console)
        // STS and Contact Lens share one offset: a clock AWS refused once is signed right after.
        let clock = ClockCorrection()
        let region = try checkRegion(report)
        var endpoint: URL?
        if let region {
            endpoint = try checkEndpoint(region: region, report)
        } else {
            try report.skip("endpoint not checked: it depends on the region")
        }
        let credentials = aws.credentials(region: region, environment)
        let resolved = try await checkCredentials(credentials, report)
        var identity: CallerIdentity?
        if resolved != nil {
            identity = try await checkIdentity(credentials, region: region, clock: clock, report)
        } else {
            try report.skip("identity not checked: it needs credentials")
        }
        if let instanceId, let contactId {
            if let region, let endpoint, resolved != nil {
                let client = ContactLensClient(
                    endpoint: endpoint, region: region, credentials: credentials, timeout: aws.timeout,
                    now: aws.now, clock: clock)
                try await checkContact(client, instanceId: instanceId, contactId: contactId, identity: identity, report)
            } else {
                try report.skip("contact \(contactId) not checked: it needs the region, endpoint and credentials above")
            }
        }
        try checkClock(clock, report)
        return report.passed
    }

    private func checkRegion(_ report: CheckReport) throws -> String? {
        let resolved: (region: String, source: String)
        do { resolved = try aws.resolveRegion(environment) } catch {
            let message = String(describing: error)
            if message.hasPrefix("no region") {
                let profile = environment.profileName(explicit: aws.profile)
                try report.fail("no region", fix: "pass --region, set AWS_REGION, or add region to profile '\(profile)'")
            } else {
                try report.fail("region: \(message)", fix: "pass --region with a region such as us-east-1")
            }
            return nil
        }
        guard AWSRegions.known.contains(resolved.region) else {
            // A near miss is a typo: the checks that need the region wait for the right one. Any
            // other name may be a region newer than the list: the checks below say if it answers.
            let near = AWSRegions.suggestion(for: resolved.region)
            try report.fail(
                "region \(resolved.region) (from \(resolved.source)) is not one AWS lists",
                fix: near.map { "did you mean \($0)?" } ?? "pass a region such as us-east-1")
            return near == nil ? resolved.region : nil
        }
        try report.pass("region \(resolved.region) (from \(resolved.source))")
        return resolved.region
    }

    private func checkEndpoint(region: String, _ report: CheckReport) throws -> URL? {
        let resolved: (url: URL, source: String)
        do { resolved = try aws.resolveEndpoint(region: region, environment) } catch {
            try report.fail("endpoint: \(error)", fix: "correct it, or leave it out for the AWS endpoint of \(region)")
            return nil
        }
        let source = resolved.source.hasPrefix("the default") ? resolved.source : "from \(resolved.source)"
        try report.pass("endpoint \(resolved.url.absoluteString) (\(source))")
        return resolved.url
    }

    private func checkCredentials(_ credentials: any CredentialProvider, _ report: CheckReport) async throws
        -> ResolvedCredentials?
    {
        let resolved: ResolvedCredentials
        do { resolved = try await credentials.resolve() } catch is CancellationError {
            throw Interrupted()
        } catch {
            try report.fail("credentials: \(error)", fix: CheckAdvice.credentials(error))
            return nil
        }
        let expiry =
            resolved.expiration.map { expiration in
                let left = expiration.timeIntervalSince(aws.now())
                return left > 0 ? ", expiring in \(ClockText.span(left))" : ", expired \(ClockText.span(left)) ago"
            } ?? ""
        try report.pass("credentials from \(resolved.source)\(expiry)")
        return resolved
    }

    private func checkIdentity(
        _ credentials: any CredentialProvider, region: String?, clock: ClockCorrection,
        _ report: CheckReport
    ) async throws -> CallerIdentity? {
        let sts: STSClient
        do {
            let region = region ?? "us-east-1"
            sts = STSClient(
                endpoint: try stsEndpoint(region: region), region: region, transport: AWSTransport(timeout: aws.timeout),
                now: aws.now, clock: clock)
        } catch {
            try report.fail("identity: cannot call STS: \(error)", fix: "correct AWS_ENDPOINT_URL_STS or AWS_ENDPOINT_URL")
            return nil
        }
        let identity: CallerIdentity
        do { identity = try await sts.getCallerIdentity(credentials: credentials) } catch .cancelled {
            throw Interrupted()
        } catch {
            try report.fail(
                "identity: STS GetCallerIdentity failed: \(error.shortReason)",
                fix: CheckAdvice.identity(error, sts: sts.endpoint.absoluteString))
            return nil
        }
        try report.pass("identity \(identity.arn) (account \(identity.account))")
        return identity
    }
}
