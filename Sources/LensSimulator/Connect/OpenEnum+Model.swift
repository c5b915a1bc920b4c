import ContactLensModel

extension OpenEnum {
    /// A value the service model lists: the emulator refuses the others, as the service does.
    var isInModel: Bool { Self.knownValues.contains(self) }
}
