/// The version lenstail reports in its User-Agent and `--version`.
public enum LenstailVersion {
    public static let current = "0.1.0"
}
