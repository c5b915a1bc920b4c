import Foundation

/// Reads a `GetRecords` answer (records' `Data` base64 on the wire).
enum GetRecordsDecoder {
    static func decode(_ body: [UInt8]) throws -> GetRecordsResponse {
        try JSONDecoder().decode(GetRecordsResponse.self, from: Data(body))
    }
}
