import FoundationEssentials
import LensEngine
import LensUI

/// What `lenstail wall` watches and how, as the command line gave it.
package struct WallSettings: Sendable {
    package var instanceId: String
    /// Names or ids, resolved through the listings.
    package var queues: [String] = []
    package var agents: [String] = []
    package var routingProfiles: [String] = []
    package var hierarchyGroups: [String] = []
    package var contactIds: [String] = []
    package var contactsFrom: String?
    package var options = WallOptions()
    package var alertLog: String?
    /// `--on-alert`: a shell command run once per new alert.
    package var onAlert: String?
    /// False with `--no-mouse`: the view leaves the mouse to the terminal.
    package var mouse = true
    /// Who listens in with `L`, and whether barging is asked for.
    package var listen = ListenSettings()
    package var scheduler = WallSchedulerConfiguration()
    package var discoveryInterval: Duration = .seconds(10)
    /// How often the queue strip's figures are asked for (GetCurrentMetricData).
    package var queueInterval: Duration = .seconds(5)
    /// A stream format; nil: the full-screen wall on a terminal, JSON lines otherwise.
    package var format: OutputFormat?
    /// Read the segments from this Kinesis stream instead of polling (`--kinesis-stream`).
    package var kinesis: WallKinesis?
    /// When no contact can start any more (the demo's floor is scripted); nil: a real floor, where
    /// one always can. After it, the lines end once every contact seen is over.
    package var floorClosesAt: Date?
    /// Where and as whom to call AWS (a demo's wall talks to its own emulator instead).
    package var aws = AWSSettings()

    package init(instanceId: String) { self.instanceId = instanceId }

    /// True when the wall shows every contact the segment stream carries (no filter, no list).
    package var watchesWholeStream: Bool { kinesis != nil && !watchesFloor && contactIds.isEmpty && contactsFrom == nil }

    /// True when discovery has something to look for.
    package var watchesFloor: Bool {
        !(queues.isEmpty && agents.isEmpty && routingProfiles.isEmpty && hierarchyGroups.isEmpty)
    }

    /// The header's description of what is watched.
    var scope: String {
        var parts: [String] = []
        if !queues.isEmpty { parts.append("queue\(queues.count == 1 ? "" : "s") \(queues.joined(separator: ", "))") }
        if !agents.isEmpty { parts.append("agent\(agents.count == 1 ? "" : "s") \(agents.joined(separator: ", "))") }
        if !routingProfiles.isEmpty { parts.append("routing profiles \(routingProfiles.joined(separator: ", "))") }
        if !hierarchyGroups.isEmpty { parts.append("hierarchy groups \(hierarchyGroups.joined(separator: ", "))") }
        if !contactIds.isEmpty || contactsFrom != nil { parts.append("listed contacts") }
        if watchesWholeStream { parts.append("every contact on the stream") }
        return parts.joined(separator: " · ")
    }
}

/// The segment stream a wall reads, and from where.
package struct WallKinesis: Sendable {
    package var stream: String
    /// Default: now (a wall shows what happens from here on; `--since` reaches back).
    package var start: StreamSession.Start
    package var pollInterval: Duration

    package init(stream: String, start: StreamSession.Start = .since(.zero), pollInterval: Duration = .milliseconds(250)) {
        self.stream = stream
        self.start = start
        self.pollInterval = pollInterval
    }
}
