import AWSClient
import AWSSigV4
import ContactLensModel
import Foundation
import TestSupport
import Testing

@testable import LensEngine

/// The queue strip's GetCurrentMetricData against botocore's `connect` model, botocore itself
/// as the peer: the watcher's requests pass botocore's validation and its rest-json serializer
/// writes the same path and body; the limits, metric names, units, groupings and channels are
/// the model's; an answer as lenstail (and the emulator) writes it parses in botocore to the same.
@Suite(.enabled(if: Python3.path != nil || Tmux.isCI, "python3 with botocore is not installed"))
struct QueueWatcherModelTests {

    /// Reads `{"requests": [params…], "response": "<body>"}`; writes what botocore makes of them.
    static let script = #"""
        import json, re, sys
        import botocore.session
        from botocore.parsers import create_parser
        from botocore.serialize import create_serializer
        from botocore.validate import validate_parameters

        op = botocore.session.get_session().get_service_model("connect").operation_model("GetCurrentMetricData")
        given = json.load(sys.stdin)
        requests = []
        for params in given["requests"]:
            validate_parameters(params, op.input_shape)  # raises, naming every problem
            wire = create_serializer("rest-json").serialize_to_request(params, op)
            requests.append({"method": wire["method"], "path": wire["url_path"], "body": json.loads(wire["body"])})
        inp = op.input_shape.members
        filters = inp["Filters"].members
        doc = re.sub(r"<[^>]+>", " ", inp["CurrentMetrics"].documentation)
        parsed = create_parser("rest-json").parse(
            {"body": given["response"].encode(), "headers": {}, "status_code": 200}, op.output_shape)
        parsed.pop("ResponseMetadata", None)
        parsed["DataSnapshotTime"] = parsed["DataSnapshotTime"].timestamp()
        limit = lambda shape: [shape.metadata.get("min", 0), shape.metadata.get("max")]
        print(json.dumps({
            "http": op.http, "requests": requests, "required": op.input_shape.required_members,
            "limits": {"Queues": limit(filters["Queues"]), "RoutingProfiles": limit(filters["RoutingProfiles"]),
                       "Channels": limit(filters["Channels"]), "Groupings": limit(inp["Groupings"]),
                       "MaxResults": limit(inp["MaxResults"]), "SortCriteria": limit(inp["SortCriteria"])},
            "names": inp["CurrentMetrics"].member.members["Name"].enum,
            "units": dict(re.findall(r"([A-Z_]{6,})\s+Unit:\s+([A-Z]+)", doc)),
            "unitValues": inp["CurrentMetrics"].member.members["Unit"].enum,
            "groupings": inp["Groupings"].member.enum, "channels": filters["Channels"].member.enum,
            "response": parsed,
        }))
        """#

    static func botocore(_ input: [String: Any]) async throws -> [String: Any] {
        let python = try #require(Python3.path, "CI=true but python3 is not on PATH")
        let data = try JSONSerialization.data(withJSONObject: input)
        let (status, stdout, stderr) = try await offThePool { () throws -> (Int32, Data, Data) in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: python)
            process.arguments = ["-c", script]
            process.environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
            let (stdin, stdout, stderr) = (Pipe(), Pipe(), Pipe())
            (process.standardInput, process.standardOutput, process.standardError) = (stdin, stdout, stderr)
            try process.run()
            stdin.fileHandleForWriting.write(data)
            try stdin.fileHandleForWriting.close()
            let out = stdout.fileHandleForReading.readDataToEndOfFile()
            let err = stderr.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, out, err)
        }
        try #require(status == 0, "botocore: \(String(decoding: stderr, as: UTF8.self))")
        return try #require(try JSONSerialization.jsonObject(with: stdout) as? [String: Any])
    }

    static func object(_ bytes: [UInt8]) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    /// `value` without its null members: botocore's parser leaves a null out.
    static func withoutNulls(_ value: Any) -> Any {
        if let object = value as? [String: Any] {
            return object.filter { !($0.value is NSNull) }.mapValues(withoutNulls)
        }
        if let array = value as? [Any] { return array.map(withoutNulls) }
        return value
    }

    @Test("The watcher's requests, its limits and metrics, and the answers it reads, as botocore's model has them")
    func asTheModelSays() async throws {
        // 150 queues: two requests (100 and 50), the second as its next page would be sent.
        let queues = (0..<150).map { QueueWatcher.Queue(id: "q-\($0)", name: "Q\($0)") }
        let client = ConnectClient(
            endpoint: URL(string: "http://127.0.0.1:9")!, region: "us-east-1",
            credentials: StaticCredentialProvider(AWSCredentials(accessKeyId: "AKID", secretAccessKey: "s"), source: "test"))
        let watcher = QueueWatcher(instanceId: "11111111-2222-3333-4444-555555555555", queues: queues, client: client)
        var requests = watcher.requests
        try #require(requests.count == 2)
        requests[1].nextToken = "token-of-the-first-page"
        var params: [[String: Any]] = []
        for request in requests {
            try request.validate()
            var body = try Self.object(ConnectJSON.encode(request.body))
            body["InstanceId"] = request.instanceId
            params.append(body)
        }
        let answer = GetCurrentMetricDataResponse(
            metricResults: [
                CurrentMetricResult(
                    dimensions: Dimensions(
                        queue: ResourceReference(id: "q-1", arn: "arn:aws:connect:us-east-1:123456789012:instance/i/queue/q-1"),
                        channel: .voice),
                    collections: [
                        CurrentMetricData(metric: CurrentMetric(.contactsInQueue), value: 3),
                        CurrentMetricData(metric: CurrentMetric(.oldestContactAge), value: 95),
                        CurrentMetricData(metric: CurrentMetric(.agentsAvailable), value: nil),
                    ])
            ], nextToken: "next", dataSnapshotTime: Date(timeIntervalSince1970: 1_717_000_000.5), approximateTotalCount: 1)
        let written = try ConnectJSON.encode(answer)
        let model = try await Self.botocore(["requests": params, "response": String(decoding: written, as: UTF8.self)])

        // The wire: botocore's serializer writes the path and the same body.
        let http = try #require(model["http"] as? [String: Any])
        #expect(http["method"] as? String == GetCurrentMetricData.method)
        let sent = try #require(model["requests"] as? [[String: Any]])
        for (ours, theirs) in zip(params, sent) {
            #expect(theirs["path"] as? String == GetCurrentMetricData.path(instanceId: watcher.instanceId))
            var body = ours
            body["InstanceId"] = nil
            #expect(NSDictionary(dictionary: body).isEqual(to: theirs["body"] as? [String: Any] ?? [:]), "\(theirs)")
        }
        let first = params[0]
        let filters = try #require(first["Filters"] as? [String: Any])
        #expect((filters["Queues"] as? [String])?.count == 100 && filters["Channels"] as? [String] == ["VOICE", "CHAT"])
        #expect(first["Groupings"] as? [String] == ["QUEUE"] && first["MaxResults"] as? Int == 100)
        #expect((params[1]["Filters"] as? [String: Any])?["Queues"] as? [String] == (100..<150).map { "q-\($0)" })
        #expect(Set(model["required"] as? [String] ?? []) == ["InstanceId", "Filters", "CurrentMetrics"])

        // The limits lenstail checks before sending are the model's.
        let limits = try #require(model["limits"] as? [String: [Int?]])
        let range = GetCurrentMetricData.resourceFilterRange
        #expect(limits["Queues"] == [range.lowerBound, range.upperBound])
        #expect(limits["RoutingProfiles"] == [range.lowerBound, range.upperBound])
        #expect(limits["Channels"] == [0, GetCurrentMetricData.channelsLimit])
        #expect(limits["Groupings"] == [0, GetCurrentMetricData.groupingsLimit])
        #expect(limits["SortCriteria"] == [0, 1])
        let results = GetCurrentMetricData.maxResultsRange
        #expect(limits["MaxResults"] == [results.lowerBound, results.upperBound])

        // Names, units (from the documentation), groupings and channels.
        #expect(model["names"] as? [String] == CurrentMetricName.knownValues.map(\.rawValue))
        let units = try #require(model["units"] as? [String: String])
        #expect(units.count == CurrentMetricName.knownValues.count, "every metric's unit is documented: \(units)")
        for name in CurrentMetricName.knownValues { #expect(units[name.rawValue] == name.unit.rawValue, "\(name.rawValue)") }
        #expect(model["unitValues"] as? [String] == MetricUnit.knownValues.map(\.rawValue))
        #expect(model["groupings"] as? [String] == MetricGrouping.knownValues.map(\.rawValue))
        #expect(model["channels"] as? [String] == ConnectChannel.knownValues.map(\.rawValue))
        let asked = (first["CurrentMetrics"] as? [[String: String]]) ?? []
        #expect(
            asked.map { $0["Name"] ?? "" } == [
                "CONTACTS_IN_QUEUE", "OLDEST_CONTACT_AGE", "AGENTS_ONLINE", "AGENTS_AVAILABLE", "AGENTS_ON_CONTACT",
                "AGENTS_AFTER_CONTACT_WORK",
            ])
        #expect(asked.allSatisfy { $0["Unit"] == units[$0["Name"] ?? ""] }, "\(asked)")

        // An answer as lenstail writes it (the emulator's) is what botocore reads, member for member.
        let parsed = try #require(model["response"] as? [String: Any])
        let ours = try #require(Self.withoutNulls(try Self.object(written)) as? [String: Any])
        #expect(NSDictionary(dictionary: ours).isEqual(to: parsed), "lenstail \(ours)\nbotocore \(parsed)")
    }
}

/// python3 on PATH, for botocore as a peer.
enum Python3 {
    static let path: String? = {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        return directories.map { "\($0)/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()
}
