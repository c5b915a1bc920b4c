import FoundationEssentials

/// What the simulator did with one request, for the request log and `lenstail simulate`'s output.
package struct RequestRecord: Hashable, Sendable, CustomStringConvertible {
    package var time: Date
    /// The ContactId asked for, when the body could be read.
    package var contactId: String?
    package var nextTokenSent: String?
    package var status: Int
    /// The error code answered with (nil on success).
    package var errorCode: String?
    package var segmentCount: Int
    package var returnedNextToken: Bool
    /// The injected fault (`throttle`, `error`, `reject`, `drop`, `dup`), if any.
    package var fault: String?

    package init(
        time: Date, contactId: String? = nil, nextTokenSent: String? = nil, status: Int, errorCode: String? = nil,
        segmentCount: Int = 0, returnedNextToken: Bool = false, fault: String? = nil
    ) {
        self.time = time
        self.contactId = contactId
        self.nextTokenSent = nextTokenSent
        self.status = status
        self.errorCode = errorCode
        self.segmentCount = segmentCount
        self.returnedNextToken = returnedNextToken
        self.fault = fault
    }

    /// One line, e.g. `200 contact=b7e4… token=yes segments=12 next=yes fault=dup`.
    package var description: String {
        var parts = ["\(status)"]
        if let errorCode { parts.append(errorCode) }
        if let contactId { parts.append("contact=\(contactId)") }
        parts.append("token=\(nextTokenSent == nil ? "no" : "yes")")
        if errorCode == nil { parts.append("segments=\(segmentCount) next=\(returnedNextToken ? "yes" : "no")") }
        if let fault { parts.append("fault=\(fault)") }
        return parts.joined(separator: " ")
    }
}
