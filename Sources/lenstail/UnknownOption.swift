import ArgumentParser
import ContactLensModel
import FoundationEssentials

/// An option the command does not have. ArgumentParser reports one only after the command's
/// required options and rules pass, so `follow --instance I --contact-id C` (a prefix of
/// `--instance-id`) would be told that `--instance-id` is missing. On a refused command line,
/// an unknown option is what the user needs to hear first.
struct UnknownOption {
    let command: any ParsableCommand.Type
    let option: String
    let suggestion: String?

    /// The first `--name` of `arguments` that their subcommand does not have, if any.
    init?(in arguments: [String], commands: [any ParsableCommand.Type]) {
        guard let name = arguments.first, let command = commands.first(where: { $0.configuration.commandName == name })
        else { return nil }
        let known = Self.longNames(of: command)
        let typed = arguments.dropFirst().prefix { $0 != "--" }.filter { $0.hasPrefix("--") }
        guard let option = typed.map({ String($0.prefix { $0 != "=" }) }).first(where: { !known.contains($0) }) else {
            return nil
        }
        self.command = command
        self.option = option
        let starting = known.filter { $0.hasPrefix(option) }
        suggestion =
            starting.count == 1
            ? starting[0]
            : known.map { ($0, EditDistance.between($0, option)) }.filter { $0.1 < 4 }.min { $0.1 < $1.1 }?.0
    }

    /// The message ArgumentParser gives an unknown option, with the subcommand's usage.
    func message(root: any ParsableCommand.Type) -> String {
        let name = command.configuration.commandName ?? ""
        let rootName = root.configuration.commandName ?? ""
        return "Error: Unknown option '\(option)'" + (suggestion.map { ". Did you mean '\($0)'?" } ?? "") + "\n"
            + "Usage: \(root.usageString(for: command))\n"
            + "  See '\(rootName) \(name) --help' for more information.\n"
    }

    /// The command's long option names (`--instance-id`), read from ArgumentParser's own
    /// description of the command.
    private static func longNames(of command: any ParsableCommand.Type) -> [String] {
        guard let json = try? JSONValue.parse(Array(command._dumpHelp().utf8)),
            let arguments = json[member: "command"]?[member: "arguments"]?.array
        else { return [] }
        return arguments.flatMap { $0[member: "names"]?.array ?? [] }
            .filter { $0[member: "kind"]?.string == "long" }
            .compactMap { $0[member: "name"]?.string.map { "--" + $0 } }
    }
}
