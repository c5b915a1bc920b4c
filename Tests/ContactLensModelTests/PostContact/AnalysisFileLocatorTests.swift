import Foundation
import Testing

@testable import ContactLensModel

/// Where a contact's analysis file is, and which of several is the one to read.
@Suite struct AnalysisFileLocatorTests {
    @Test func searchesTheDayBeforeTheDayAndTheDayAfterInUTC() throws {
        // Connected to an agent at 00:20 UTC on 1 March 2024 (a leap year): the 29th, the 1st, the 2nd.
        let connected = try #require(ISOTime.epochMillis("2024-03-01T00:20:00Z")).secondsSince1970
        #expect(
            AnalysisFileLocator.prefixes(contactId: "c1", connectedToAgent: connected, redacted: false, channels: [.voice])
                == [
                    "Analysis/Voice/2024/02/29/c1_analysis_", "Analysis/Voice/2024/03/01/c1_analysis_",
                    "Analysis/Voice/2024/03/02/c1_analysis_",
                ])
        let redacted = AnalysisFileLocator.prefixes(
            contactId: "c1", connectedToAgent: connected, redacted: true, base: "connect/example")
        #expect(redacted.count == 6)
        #expect(redacted.first == "connect/example/Analysis/Voice/Redacted/2024/02/29/c1_analysis_redacted_")
        #expect(redacted.last == "connect/example/Analysis/Chat/Redacted/2024/03/02/c1_analysis_redacted_")
        let newYear = try #require(ISOTime.epochMillis("1999-12-31T23:59:59Z")).secondsSince1970
        #expect(
            AnalysisFileLocator.prefixes(contactId: "c", connectedToAgent: newYear, redacted: false, channels: [.chat])[2]
                == "Analysis/Chat/2000/01/01/c_analysis_")
    }

    @Test func picksTheNewestFileOfTheContactAndNothingElse() {
        let keys = [
            "Analysis/Voice/2024/03/01/c1_analysis_2024-03-01T00:31:10Z.json",
            "Analysis/Voice/2024/03/02/c1_analysis_2024-03-01T02:05:44.5Z.json",
            "Analysis/Voice/2024/02/29/c1_analysis_2024-03-01T00:29:59Z.json",
            "Analysis/Voice/2024/03/01/c12_analysis_2024-03-09T00:00:00Z.json",
            "Analysis/Voice/Redacted/2024/03/01/c1_analysis_redacted_2024-03-05T00:00:00Z.json",
            "Analysis/Voice/2024/03/01/c1_analysis_redacted_2024-03-06T00:00:00Z.json",
            "Analysis/Voice/Redacted/2024/03/01/c1_call_recording_redacted_2024-03-07T00:00:00Z.wav",
            "Elsewhere/2024/03/01/c1_analysis_2024-03-08T00:00:00Z.json",
        ]
        #expect(
            AnalysisFileLocator.newestKey(in: keys, contactId: "c1", redacted: false)
                == "Analysis/Voice/2024/03/02/c1_analysis_2024-03-01T02:05:44.5Z.json")
        #expect(
            AnalysisFileLocator.newestKey(in: keys, contactId: "c1", redacted: true)
                == "Analysis/Voice/Redacted/2024/03/01/c1_analysis_redacted_2024-03-05T00:00:00Z.json")
        #expect(AnalysisFileLocator.newestKey(in: keys, contactId: "c2", redacted: false) == nil)
        #expect(AnalysisFileLocator.newestKey(in: [], contactId: "c1", redacted: false) == nil)
        #expect(
            AnalysisFileLocator.newestKey(
                in: ["prefix/Analysis/Chat/2024/03/01/c1_analysis_2024-03-01T09:00:00Z.json"], contactId: "c1", redacted: false)
                == "prefix/Analysis/Chat/2024/03/01/c1_analysis_2024-03-01T09:00:00Z.json")
    }

    @Test func everyDayOfFourHundredYearsIsNamedAsTheCalendarNamesIt() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        for day in stride(from: -3650, to: 146_097, by: 7) {
            let date = Date(timeIntervalSince1970: Double(day) * 86_400 + 43_200)
            let c = calendar.dateComponents([.year, .month, .day], from: date)
            let expected = String(format: "%04d/%02d/%02d", c.year!, c.month!, c.day!)
            #expect(AnalysisFileLocator.day(of: date) == expected)
        }
    }
}

extension Int {
    fileprivate var secondsSince1970: Date { Date(timeIntervalSince1970: Double(self) / 1000) }
}
