import AWSClient
import Foundation
import TestSupport
import Testing

/// The regions `check` knows are those of AWS's partition data, and a typo finds the region meant.
@Suite struct AWSRegionsTests {
    @Test func aNearMissSuggestsTheRegionMeantAndAFarOneNothing() {
        #expect(AWSRegions.suggestion(for: "us-eats-1") == "us-east-1")
        #expect(AWSRegions.suggestion(for: "eu-wset-2") == "eu-west-2")
        #expect(AWSRegions.suggestion(for: "useast1") == "us-east-1")
        #expect(AWSRegions.suggestion(for: "mars-north-1") == nil)
        #expect(AWSRegions.known.contains("us-east-1") && AWSRegions.known.contains("cn-north-1"))
        #expect(!AWSRegions.known.contains("aws-global"), "an endpoint name, not a region")
    }

    /// The list is botocore's `partitions.json` (each partition's regions that match its own
    /// pattern): when botocore learns a region, this fails until the list has it too.
    @Test(.enabled(if: Botocore.isInstalled || MotoServer.isCI))
    func theListIsBotocoresPartitionData() throws {
        let python = try #require(Botocore.python)
        let script = """
            import botocore, json, os, re
            data = json.load(open(os.path.join(os.path.dirname(botocore.__file__), "data", "partitions.json")))
            print("\\n".join(sorted(r for p in data["partitions"] for r in p["regions"] if re.fullmatch(p["regionRegex"], r))))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let botocore = Set(String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init))
        #expect(botocore.count > 40)
        #expect(AWSRegions.known == botocore, "only botocore's: \(botocore.subtracting(AWSRegions.known).sorted())")
    }
}
