/// The version lenstail reports in its User-Agent and `--version`.
package enum LenstailVersion {
    package static let current = "0.1.0"
}
