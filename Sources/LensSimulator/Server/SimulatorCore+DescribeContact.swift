import AWSSigV4
import ContactLensModel
import FoundationEssentials
import LensBasics

/// DescribeContact (`GET /contacts/{InstanceId}/{ContactId}`): a floor contact with its transfer
/// links, agent, queue and times (from `ConnectOperations`' records); another contact of the
/// scenario with its Id and Channel, what `--channel auto` reads. Signed for `connect`; a contact
/// not in the scenario (or not begun yet) is a ResourceNotFoundException.
extension SimulatorCore {
    func describeContact(_ request: IncomingRequest, at now: Date) throws(ErrorResponse) -> Outcome {
        guard request.method == DescribeContact.method else {
            throw .frontEnd(
                status: 405, code: "UnknownOperationException", "\(request.method) is not allowed on \(request.path); use GET")
        }
        let labels = request.path.dropFirst("/contacts/".count).split(separator: "/", omittingEmptySubsequences: false)
        guard labels.count == 2, let instanceId = labels[0].percentDecoded,
            let contactId = labels[1].percentDecoded
        else {
            throw .frontEnd(status: 404, code: "UnknownOperationException", "No operation at \(request.path)")
        }
        switch verifier.verify(
            method: request.method, path: request.path, query: request.query, headers: request.headers, body: request.body,
            now: now)
        {
        case .success(let key):
            guard allowsDescribeContact, !deniedAccessKeys.contains(key) else {
                throw .modeled(
                    .accessDenied,
                    "User with access key \(key) is not authorized to perform: connect:DescribeContact on resource: "
                        + "instance/\(instanceId)/contact/\(contactId)")
            }
        case .failure(let error): throw .authentication(code: error.code, message: error.message)
        }
        let answer: DescribeContactResponse
        if let described = connect.describedContact(instanceId: instanceId, contactId: contactId, at: now) {
            answer = DescribeContactResponse(contact: described)
        } else if connect.records.byId[contactId] == nil,
            let playback = playbacks.first(where: { $0.contact.instanceId == instanceId && $0.contact.contactId == contactId })
        {
            // Dated as its analysis file is, so `--from-s3` finds it (`AnalysisFiles.connectedBeforeStart`).
            let connected = AnalysisFiles.connectedBeforeStart(playback.contact, epoch: epoch)
            answer = DescribeContactResponse(
                contact: Contact(
                    id: contactId, channel: playback.isChat ? "CHAT" : "VOICE", initiationTimestamp: connected,
                    connectedToSystemTimestamp: connected))
        } else if !playbacks.contains(where: { $0.contact.instanceId == instanceId }) {
            throw .modeled(.resourceNotFound, "Instance \(instanceId) not found")
        } else {
            throw .modeled(.resourceNotFound, "Contact \(contactId) not found in instance \(instanceId)")
        }
        let body = (try? ConnectJSON.encode(answer)) ?? []
        return Outcome(
            response: SimulatorResponse(status: 200, headers: [HTTPHeader("Content-Type", "application/json")], body: body))
    }
}
