// swift-tools-version:6.1
import PackageDescription

let strict: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny"), .enableUpcomingFeature("MemberImportVisibility")]

let package = Package(
    name: "lenstail",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "lenstail", targets: ["lenstail"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.0.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.24.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.65.0"),
        // No traits: the default `FullFoundation` would link full Foundation and ICU's data (42 MB) for one
        // URL-encoded form coder the emulator never uses; `ConfigurationSupport` is unused too.
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.5.0", traits: []),
        .package(url: "https://github.com/apple/swift-collections.git", from: "1.1.0"),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift.git", from: "0.2.0"),
    ],
    targets: [
        // Calendar dates from day numbers and back: the standard library only (Docs/DECISIONS.md).
        .target(name: "CivilCalendar", swiftSettings: strict),
        // What full Foundation gave lenstail and FoundationEssentials does not (trimming, JSON values,
        // C formats, a lock, threads, /bin/sh children, the local time zone), so no module links full
        // Foundation and its ICU data (42 MB of the static binary; Docs/PERFORMANCE.md).
        .target(name: "LensBasics", dependencies: ["CivilCalendar", "CChildSpawn"], swiftSettings: strict),
        // pipe2 and posix_spawn's closefrom, GNU extensions Swift's Glibc module does not import.
        .target(name: "CChildSpawn"),
        // API shapes and the ordered transcript store: FoundationEssentials only.
        .target(name: "ContactLensModel", dependencies: ["CivilCalendar", "LensBasics"], swiftSettings: strict),
        // SigV4 request signing: a pure value type.
        .target(
            name: "AWSSigV4",
            dependencies: [
                "CivilCalendar", "LensBasics",
                .product(name: "Crypto", package: "swift-crypto"),
            ], swiftSettings: strict),
        // Credentials, region/endpoint, retry policy, rest-json errors, HTTP transport.
        .target(
            name: "AWSClient",
            dependencies: [
                "AWSSigV4", "ContactLensModel", "LensBasics",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ], swiftSettings: strict),
        // The recording file format (JSON lines of API pages): read, write, private files.
        .target(name: "LensRecording", dependencies: ["ContactLensModel", "LensBasics"], swiftSettings: strict),
        // Transcript exports: text, Markdown, JSON.
        .target(name: "LensExport", dependencies: ["ContactLensModel"], swiftSettings: strict),
        // The poller state machine and the actor that runs it; recording and replay.
        .target(
            name: "LensEngine",
            dependencies: [
                "AWSClient", "ContactLensModel", "LensBasics", "LensRecording",
                .product(name: "DequeModule", package: "swift-collections"),
            ], swiftSettings: strict),
        // The API emulator: scenarios, faults, SigV4 verification, Hummingbird server.
        .target(
            name: "LensSimulator",
            dependencies: [
                "AWSSigV4", "ContactLensModel", "LensBasics", "LensRecording",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ], swiftSettings: strict),
        // The terminal UI, pure: state, reducer, key bindings, render to a grid of cells.
        .target(name: "LensUI", dependencies: ["ContactLensModel", "LensBasics"], swiftSettings: strict),
        // ncursesw, seen from Swift through a small shim header.
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
        // Gives the terminal back if the process dies in the full-screen view (async-signal-safe C).
        .target(name: "CTerminalRescue"),
        // Large blocks freed go back to the system (glibc's mmap threshold fixed at 1 MiB).
        .target(name: "CLargeAllocations"),
        // The thin ncurses adapter: draws a Screen, reads keys and resizes.
        .target(
            name: "LensTerminal", dependencies: ["CNcursesw", "CTerminalRescue", "LensUI", "ContactLensModel", "LensBasics"],
            swiftSettings: strict),
        // What the commands do: run a follow or a replay, print streams, load and export a call,
        // link the player, save the view. Tests call it in-process.
        .target(
            name: "LensApp",
            dependencies: [
                "ContactLensModel", "AWSClient", "AWSSigV4", "LensEngine", "LensSimulator", "LensUI", "LensTerminal",
                "LensRecording", "LensExport", "LensBasics", "CLargeAllocations", "CivilCalendar",
                .product(name: "Logging", package: "swift-log"),
            ], swiftSettings: strict),
        // The command line: subcommands parse and wire, nothing else.
        .executableTarget(
            name: "lenstail",
            dependencies: [
                "AWSClient", "ContactLensModel", "LensApp", "LensBasics", "LensEngine", "LensExport", "LensSimulator",
                "LensUI", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ], swiftSettings: strict),

        // Benchmarks that print numbers: `swift run -c release LensBenchmarks [name]` (Docs/PERFORMANCE.md).
        .executableTarget(
            name: "LensBenchmarks",
            dependencies: [
                "ContactLensModel", "AWSClient", "AWSSigV4", "LensApp", "LensEngine", "LensSimulator", "LensUI",
                "CLargeAllocations",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Histogram", package: "hdrhistogram-swift"),
            ], swiftSettings: strict),
        // What the fuzzers feed and check: mutated pages, calls at the edges of every range.
        .target(
            name: "LensFuzzing",
            dependencies: ["ContactLensModel", "LensEngine", "LensExport", "LensSimulator", "LensUI", "LensPageFuzzing"],
            swiftSettings: strict),
        // One fuzz case of the decoder and the store: Foundation only, so libFuzzer instruments little else.
        .target(name: "LensPageFuzzing", dependencies: ["ContactLensModel"], swiftSettings: strict),
        // The same under libFuzzer, coverage-guided: scripts/libfuzz.sh.
        .executableTarget(name: "LensLibFuzzer", dependencies: ["LensPageFuzzing"], swiftSettings: strict),
        // Fuzzes the decoder, the store, replay, rendering and exports: `swift run -c release LensFuzz 100000`.
        .executableTarget(
            name: "LensFuzz", dependencies: ["AWSClient", "LensFuzzing", "LensPageFuzzing"], swiftSettings: strict),

        .testTarget(
            name: "ContactLensModelTests", dependencies: ["ContactLensModel", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CivilCalendarTests", dependencies: ["CivilCalendar"]),
        .testTarget(name: "LensBasicsTests", dependencies: ["LensBasics"]),
        .testTarget(name: "AWSSigV4Tests", dependencies: ["AWSSigV4"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "AWSClientTests", dependencies: ["AWSClient", "AWSSigV4", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "LensEngineTests",
            dependencies: ["LensEngine", "AWSClient", "ContactLensModel", "LensRecording", "LensSimulator", "TestSupport"]),
        .testTarget(
            name: "LensExportTests", dependencies: ["LensExport", "ContactLensModel", "TestSupport"], exclude: ["__Snapshots__"]),
        .testTarget(name: "LensRecordingTests", dependencies: ["LensRecording", "ContactLensModel"]),
        // The fuzzers' pieces checked in the suite: the page decoder against JSONDecoder on mutated pages.
        .testTarget(name: "LensFuzzingTests", dependencies: ["LensFuzzing", "ContactLensModel", "TestSupport"]),
        .testTarget(
            name: "LensSimulatorTests",
            dependencies: [
                "LensSimulator", "LensRecording", "AWSSigV4", "AWSClient", "ContactLensModel", "TestSupport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]),
        // Test helpers shared by test targets: a private tmux server driven without blocking.
        .target(name: "TestSupport", dependencies: ["ContactLensModel"], path: "Tests/TestSupport"),
        .testTarget(
            name: "LensUITests", dependencies: ["LensUI", "ContactLensModel", "LensBasics", "TestSupport"],
            exclude: ["__Snapshots__"]),
        .testTarget(name: "LensTerminalTests", dependencies: ["LensTerminal", "LensUI", "ContactLensModel"]),
        // What the commands do, in-process: stream output, exports, `lenstail check` against the emulator and moto's STS.
        .testTarget(
            name: "LensAppTests",
            dependencies: [
                "LensApp", "LensUI", "LensExport", "LensSimulator", "LensEngine", "AWSClient", "AWSSigV4", "ContactLensModel",
                "LensBasics", "TestSupport",
            ], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "LensSimulator", "LensFuzzing", "LensPageFuzzing", "LensEngine", "AWSClient", "AWSSigV4", "ContactLensModel",
                "LensExport",
                "LensRecording",
                "TestSupport",
            ],
            exclude: ["Fixtures"]),
    ]
)
