// The decoder and the store under libFuzzer, coverage-guided: `scripts/libfuzz.sh [seconds]`
// builds this with `-sanitize=fuzzer,address -DLIBFUZZER`. SwiftPM gives an executable its own
// entry point, so libFuzzer's `main` is not used: this one hands over to libFuzzer's driver.
// In an ordinary build it only says how to run it.
#if LIBFUZZER
    import Foundation
    import LensPageFuzzing

    typealias TestOneInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

    /// libFuzzer's entry for a program with a `main` of its own (compiler-rt's FuzzerDriver.cpp).
    @_silgen_name("LLVMFuzzerRunDriver")
    func runDriver(
        _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ test: TestOneInput
    ) -> CInt

    @main
    enum LensLibFuzzer {
        static func main() {
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            let status = runDriver(&argc, &argv) { data, count in
                let body = data.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
                if let broken = FuzzTarget.run(body) { fatalError("invariant broken: \(broken)") }
                return 0
            }
            exit(status)
        }
    }
#else
    @main
    enum LensLibFuzzer {
        static func main() {
            print("LensLibFuzzer runs under libFuzzer: scripts/libfuzz.sh [seconds]")
        }
    }
#endif
