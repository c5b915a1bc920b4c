import AWSSigV4
import ContactLensModel
import FoundationEssentials

extension AWSServiceClient {
    /// One attempt at a page of segments (the voice or the chat API, both rest-json): `request`
    /// encoded as the body; the page decoded, the body returned exactly as the server sent it.
    /// `accept` refuses a page that decoded but is not of this API.
    func segmentPage(
        _ request: some Encodable, method: String, path: String,
        accept: (ListSegmentsResponse) -> Bool = { _ in true }
    ) async throws(ClientError) -> (response: ListSegmentsResponse, body: [UInt8]) {
        let body: [UInt8]
        do { body = Array(try JSONEncoder().encode(request)) } catch {
            throw .invalidRequest(RequestValidationError("cannot encode the request: \(error)"))
        }
        let response = try await send(
            method: method, path: path, headers: [HTTPHeader("Content-Type", "application/json")], body: body)
        do {
            var page = try ListSegmentsResponse.decode(json: response.body)
            guard accept(page) else {
                throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "no Status"))
            }
            // An empty token can't be sent back (min length 1): botocore treats it as the end.
            if page.nextToken?.isEmpty == true { page.nextToken = nil }
            return (page, response.body)
        } catch {
            throw .malformedResponse(DecodingFailure.describe(error))
        }
    }
}
