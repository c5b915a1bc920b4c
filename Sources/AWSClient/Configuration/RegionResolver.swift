import FoundationEssentials
import LensBasics

/// --region > AWS_REGION > AWS_DEFAULT_REGION > the profile's `region` > the caller's fallback > an error.
package enum RegionResolver {
    /// The region and where it came from ("--region", "AWS_REGION", "profile 'dev' in /home/u/.aws/config").
    /// `profile` is the explicit --profile; otherwise AWS_PROFILE, AWS_DEFAULT_PROFILE, "default" choose it.
    /// The profile files are read only when no flag or variable gives the region.
    package static func resolve(
        flag: String?, profile: String?,
        environment: AWSEnvironment, fallback: (region: String, source: String)? = nil
    ) throws -> (region: String, source: String) {
        let candidate: (String, String)? = {
            if let flag = flag?.trimmed(), !flag.isEmpty { return (flag, "--region") }
            if let region = environment.value("AWS_REGION") { return (region, "AWS_REGION") }
            if let region = environment.value("AWS_DEFAULT_REGION") { return (region, "AWS_DEFAULT_REGION") }
            return nil
        }()
        if let (region, source) = candidate {
            return (try validated(region, source: source), source)
        }
        let name = environment.profileName(explicit: profile)
        let files = try ProfileFiles(environment: environment)
        if let region = files.profile(name)?["region"], !region.isEmpty {
            let source = "profile '\(name)' in \(files.path(ofKey: "region", inProfile: name) ?? files.configPath)"
            return (try validated(region, source: source), source)
        }
        if let fallback { return fallback }
        throw ConfigurationError("no region: pass --region or set AWS_REGION (profile '\(name)' has no region either)")
    }

    /// Checks the shape loosely (us-east-1, us-gov-west-1, cn-north-1, eu-isoe-west-1, eusc-de-east-1): letters,
    /// dashes, a final number.
    package static func validated(_ region: String, source: String) throws -> String {
        let parts = region.split(separator: "-", omittingEmptySubsequences: false)
        let isLetters: (Substring) -> Bool = { !$0.isEmpty && $0.allSatisfy { ("a"..."z").contains($0) } }
        let valid =
            parts.count >= 3
            && (2...4).contains(parts[0].count) && isLetters(parts[0])
            && parts.dropFirst().dropLast().allSatisfy(isLetters)
            && parts.last.map { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) } == true
        guard valid else {
            let shown = region.count > 64 ? String(region.prefix(64)) + "…" : region
            throw ConfigurationError("invalid region '\(shown)' (from \(source)): expected a name like us-east-1")
        }
        return region
    }
}
