import Foundation
import Testing

@testable import AWSClient

/// --region > AWS_REGION > AWS_DEFAULT_REGION > the profile's region > error.
@Suite struct RegionResolverTests {
    static let config = "[default]\nregion = eu-west-1\n[profile dev]\nregion = ap-southeast-2\n"

    func resolve(
        flag: String? = nil, profile: String? = nil, _ variables: [String: String] = [:],
        config: String = config
    ) throws -> (region: String, source: String) {
        let home = try TempAWSHome()
        try home.writeConfig(config)
        return try RegionResolver.resolve(flag: flag, profile: profile, environment: home.environment(variables))
    }

    @Test func theFlagWins() throws {
        let resolved = try resolve(flag: "us-west-2", ["AWS_REGION": "us-east-1", "AWS_DEFAULT_REGION": "us-east-2"])
        #expect(resolved == ("us-west-2", "--region"))
    }

    @Test func awsRegionBeatsAwsDefaultRegion() throws {
        #expect(try resolve(["AWS_REGION": "us-east-1", "AWS_DEFAULT_REGION": "us-east-2"]) == ("us-east-1", "AWS_REGION"))
        #expect(try resolve(["AWS_DEFAULT_REGION": "us-east-2"]) == ("us-east-2", "AWS_DEFAULT_REGION"))
        #expect(try resolve(["AWS_REGION": "", "AWS_DEFAULT_REGION": "us-east-2"]).region == "us-east-2")
    }

    @Test func theProfileRegionComesLast() throws {
        let home = try TempAWSHome()
        try home.writeConfig(Self.config)
        let viaDefault = try RegionResolver.resolve(flag: nil, profile: nil, environment: home.environment())
        #expect(viaDefault == ("eu-west-1", "profile 'default' in \(home.configPath)"))
        #expect(
            try RegionResolver.resolve(flag: nil, profile: "dev", environment: home.environment()).region
                == "ap-southeast-2")
        #expect(
            try RegionResolver.resolve(flag: nil, profile: nil, environment: home.environment(["AWS_PROFILE": "dev"]))
                .region == "ap-southeast-2")
    }

    @Test func noRegionAnywhereIsAClearError() throws {
        let error = #expect(throws: ConfigurationError.self) { try resolve(config: "[default]\noutput = json\n") }
        #expect(error?.description.hasPrefix("no region: pass --region or set AWS_REGION") == true)
    }

    @Test func aFlagMeansTheFilesAreNotRead() throws {
        #expect(try resolve(flag: "us-east-1", config: "garbage without section").region == "us-east-1")
    }

    @Test(arguments: ["us-east-1", "us-gov-west-1", "cn-north-1", "eu-central-2", "ap-southeast-5", "us-isob-east-1"])
    func realRegionNamesAreAccepted(region: String) throws {
        #expect(try resolve(flag: region).region == region)
    }

    @Test(arguments: ["us east 1", "US-EAST-1", "useast1", "us-east", "us-east-1a", "https://x", "-us-east-1"])
    func malformedRegionsAreRefusedNamingTheSource(region: String) throws {
        let error = #expect(throws: ConfigurationError.self) { try resolve(["AWS_REGION": region]) }
        #expect(error?.description == "invalid region '\(region)' (from AWS_REGION): expected a name like us-east-1")
    }
}
