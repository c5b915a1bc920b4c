import ArgumentParser

/// `--record FILE`: keep every API page of a follow in a recording.
struct RecordOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Append every API page, as received, to this JSON-lines file (created with mode 0600; see Docs/RECORDING.md). Play it later with `lenstail replay` or `lenstail simulate --scenario`.",
            valueName: "file"), completion: .file())
    var record: String?
}
