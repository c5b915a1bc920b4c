/// The member names the fast readers find keys by: the segment kinds and the shapes' own
/// `CodingKeys`, each made into bytes once.
extension Segment.Kind: JSONMembers { static let names = MemberNames<Self>() }
extension ChatSegment.Kind: JSONMembers { static let names = MemberNames<Self>() }
extension ListSegmentsResponse.CodingKeys: JSONMembers { static let names = MemberNames<Self>() }
extension SegmentStreamEvent.CodingKeys: JSONMembers { static let names = MemberNames<Self>() }
extension Transcript.CodingKeys: JSONMembers { static let names = MemberNames<Self>() }
extension IssueDetected.CodingKeys: JSONMembers { static let names = MemberNames<Self>() }
extension CharacterOffsets.CodingKeys: JSONMembers { static let names = MemberNames<Self>() }
extension Categories.CodingKeys: JSONMembers { static let names = MemberNames<Self>() }
extension CategoryDetails.CodingKeys: JSONMembers { static let names = MemberNames<Self>() }
extension PointOfInterest.CodingKeys: JSONMembers { static let names = MemberNames<Self>() }
extension PostContactSummary.CodingKeys: JSONMembers { static let names = MemberNames<Self>() }
extension Utterance.CodingKeys: JSONMembers { static let names = MemberNames<Self>() }
extension ChatTranscript.CodingKeys: JSONMembers { static let names = MemberNames<Self>() }
extension ChatTime.CodingKeys: JSONMembers { static let names = MemberNames<Self>() }
extension ChatRedaction.CodingKeys: JSONMembers { static let names = MemberNames<Self>() }
extension ChatEvent.CodingKeys: JSONMembers { static let names = MemberNames<Self>() }
extension ChatAttachments.CodingKeys: JSONMembers { static let names = MemberNames<Self>() }
extension ChatAttachment.CodingKeys: JSONMembers { static let names = MemberNames<Self>() }
extension ChatIssues.CodingKeys: JSONMembers { static let names = MemberNames<Self>() }
extension ChatIssue.CodingKeys: JSONMembers { static let names = MemberNames<Self>() }
extension ChatIssueItem.CodingKeys: JSONMembers { static let names = MemberNames<Self>() }
extension ChatCategories.CodingKeys: JSONMembers { static let names = MemberNames<Self>() }
extension ChatCategoryDetails.CodingKeys: JSONMembers { static let names = MemberNames<Self>() }
extension ChatPointOfInterest.CodingKeys: JSONMembers { static let names = MemberNames<Self>() }
extension ChatTranscriptItem.CodingKeys: JSONMembers { static let names = MemberNames<Self>() }
