import ContactLensModel
import FoundationEssentials

extension ChatSegmentsClient {
    /// The contact's channel from DescribeContact (VOICE, CHAT, TASK, EMAIL), nil when the answer
    /// names none. One attempt: `--channel auto` asks once and falls back when it cannot.
    package func channel(instanceId: String, contactId: String) async throws(ClientError) -> String? {
        let response = try await service.send(
            method: DescribeContact.method, path: DescribeContact.path(instanceId: instanceId, contactId: contactId), body: [])
        do {
            return try ConnectJSON.decode(DescribeContactResponse.self, from: response.body).contact?.channel
        } catch {
            throw .malformedResponse(DecodingFailure.describe(error))
        }
    }
}
