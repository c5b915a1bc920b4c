import LensApp
import Testing

/// `--since` and `--wait`: the grammar a user types durations in.
@Suite struct DurationTextTests {
    @Test(arguments: [
        ("90s", 90_000), ("10m", 600_000), ("1h", 3_600_000), ("2d", 172_800_000), ("1h30m", 5_400_000),
        ("500ms", 500), ("30", 30_000), ("1.5h", 5_400_000), (" 2D ", 172_800_000), ("0", 0), ("365d", 31_536_000_000),
        ("1m30s250ms", 90_250),
    ])
    func readsWhatItSays(text: String, milliseconds: Int64) {
        #expect(DurationText.parse(text) == .milliseconds(milliseconds))
    }

    @Test(arguments: ["", "5x", "1h30x", "-5m", "366d", "m", "h1", "1.2.3s", "ten minutes", "-1", "nan", "inf"])
    func refusesWhatItCannotRead(text: String) {
        #expect(DurationText.parse(text) == nil)
    }

    @Test func aDefaultIsShownInWholeMinutesOrSeconds() {
        #expect(DurationText.describe(.seconds(600)) == "10m")
        #expect(DurationText.describe(.seconds(90)) == "90s")
        #expect(DurationText.describe(.seconds(3600)) == "60m")
    }
}
