import AWSSigV4
import FoundationEssentials
import Hummingbird

/// The Hummingbird end: turns a request into an `IncomingRequest`, asks the simulator, and writes
/// the answer, applying the latency and drop faults.
struct SimulatorResponder: HTTPResponder {
    typealias Context = BasicRequestContext
    let simulator: Simulator

    /// Large enough for the longest NextToken (131,070 characters) in any encoding.
    static let maxBodyBytes = 1 << 20

    func respond(to request: Request, context: Context) async throws -> Response {
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: Self.maxBodyBytes)
        } catch {
            return Self.response(
                ErrorResponse.frontEnd(status: 413, code: "SerializationException", "The request body is too large")
                    .response(requestId: UUID().uuidString.lowercased()))
        }
        var headers = request.headers.map { HTTPHeader($0.name.rawName, $0.value) }
        // HTTP/1 `Host` arrives as the authority pseudo-header; SigV4 signs it as `host`.
        if let authority = request.head.authority { headers.append(HTTPHeader("host", authority)) }
        let incoming = IncomingRequest(
            method: request.method.rawValue, path: request.uri.path, query: request.uri.query ?? "",
            headers: headers, body: Array(buffer: body))
        let outcome = await simulator.handle(incoming)
        if outcome.latencyMillis > 0 {
            try await Task.sleep(for: .milliseconds(outcome.latencyMillis))
        }
        return Self.response(outcome.response, dropAfter: outcome.dropAfterBytes)
    }

    static func response(_ response: SimulatorResponse, dropAfter: Int? = nil) -> Response {
        var fields = HTTPFields()
        for header in response.headers {
            if let name = HTTPFields.Element.Name(header.name) {
                fields.append(HTTPFields.Element(name: name, value: header.value))
            }
        }
        let bytes = ByteBuffer(bytes: response.body)
        guard let dropAfter else {
            return Response(status: .init(code: response.status), headers: fields, body: .init(byteBuffer: bytes))
        }
        // Promise the whole body, send part of it, then fail: the server closes the connection.
        let partial = bytes.getSlice(at: 0, length: dropAfter) ?? ByteBuffer()
        return Response(
            status: .init(code: response.status), headers: fields,
            body: .init(contentLength: bytes.readableBytes) { writer in
                try await writer.write(partial)
                throw DroppedConnection()
            })
    }
}

/// Thrown from a response body to cut the connection (the drop fault).
struct DroppedConnection: Error {}
