import ArgumentParser
import ContactLensModel
import LensEngine

/// `--channel` and `--redacted`: which API follows the contact, and which chat output.
struct ChannelOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "voice (ListRealtimeContactAnalysisSegments), chat (ListRealtimeContactAnalysisSegmentsV2) or auto: start with the voice API and switch once, with a line on stderr, when the service says the contact is a chat.",
            valueName: "channel"))
    var channel: ContactChannel = .auto

    @Flag(
        help:
            "Chats: ask for the Redacted output instead of Raw (the contact's flow must produce it). With --from-s3: the redacted analysis file."
    )
    var redacted = false
}

extension ContactChannel: ExpressibleByArgument {}
