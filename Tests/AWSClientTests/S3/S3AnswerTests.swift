import Testing

@testable import AWSClient

/// What an S3 answer turns into: a listing's keys decoded as botocore decodes them, an error as
/// one line with the fix and the IAM action.
@Suite struct S3AnswerTests {
    func page(_ xml: String) throws -> ListObjectsV2Page { try ListObjectsV2Page(XMLReader.parse(Array(xml.utf8))) }

    @Test func urlEncodedKeysAreDecodedAsBotocoreDoes() throws {
        let listing = try page(
            """
            <ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><EncodingType>url</EncodingType>\
            <Prefix>a+b%2F</Prefix><IsTruncated>true</IsTruncated><NextContinuationToken>t/+=</NextContinuationToken>\
            <Contents><Key>a+b/c%3Ad%20%C3%A9%2B%ZZ.json</Key><LastModified>2026-03-04T10:15:00.000Z</LastModified>\
            <ETag>&quot;9b2cf535f27731c974343645a3985328&quot;</ETag><Size>4096</Size><StorageClass>STANDARD</StorageClass>\
            </Contents></ListBucketResult>
            """)
        #expect(listing.contents.map(\.key) == ["a b/c:d é+%ZZ.json"])
        #expect(listing.contents.first?.size == 4096 && listing.contents.first?.eTag == "\"9b2cf535f27731c974343645a3985328\"")
        #expect(listing.prefix == "a b/" && listing.isTruncated && listing.nextContinuationToken == "t/+=")
        let plain = try page("<ListBucketResult><Contents><Key>a+b.json</Key></Contents></ListBucketResult>")
        #expect(plain.contents.map(\.key) == ["a+b.json"])
    }

    @Test func aListingThatCannotBeFollowedIsMalformed() {
        #expect(throws: ClientError.malformedResponse("ListObjectsV2 answered IsTruncated without a NextContinuationToken")) {
            try page("<ListBucketResult><IsTruncated>true</IsTruncated></ListBucketResult>")
        }
        #expect(throws: ClientError.malformedResponse("ListObjectsV2 answered <Error>, not <ListBucketResult>")) {
            try page("<Error><Code>x</Code></Error>")
        }
    }

    static func refused(_ code: String, _ message: String, status: Int = 403) -> ClientError {
        .service(
            ServiceError(
                queryStatus: status, header: { _ in nil },
                body: Array("<Error><Code>\(code)</Code><Message>\(message)</Message><RequestId>R1</RequestId></Error>".utf8)))
    }

    @Test func aRefusalNamesTheIAMActionAndResource() {
        let list = Self.refused("AccessDenied", "Access Denied")
        #expect(
            list.s3Advice(.listObjectsV2, bucket: "rec", credentialSource: "profile 'ana'")
                == "access denied to s3://rec: Access Denied — the IAM identity (credentials from profile 'ana') needs "
                + "s3:ListBucket on arn:aws:s3:::rec")
        let get = list.s3Advice(.getObject, bucket: "rec", key: "Analysis/k.json", credentialSource: nil)
        #expect(
            get.hasPrefix("access denied to s3://rec/Analysis/k.json: Access Denied — the IAM identity needs s3:GetObject on "))
        #expect(get.contains("arn:aws:s3:::rec/Analysis/k.json"))
        let kms = Self.refused(
            "AccessDenied", "User: arn:aws:sts::111122223333:assumed-role/viewer/ana is not authorized to perform: kms:Decrypt")
        #expect(
            kms.s3Advice(.getObject, bucket: "rec", key: "k", credentialSource: nil).contains(
                "needs kms:Decrypt on the key that encrypts the bucket, as well as s3:GetObject on arn:aws:s3:::rec/k"))
        if case .service(let error) = list { #expect(error.requestId == "R1" && error.code == "AccessDenied") }
    }

    @Test func theOtherAnswersSayWhatToDo() {
        let archived = Self.refused("InvalidObjectState", "The operation is not valid for the object's storage class")
        #expect(
            archived.s3Advice(.getObject, bucket: "b", key: "k", credentialSource: nil).contains("restore it before reading it"))
        let skew = Self.refused(
            "RequestTimeTooSkewed", "The difference between the request time and the current time is too large.")
        #expect(skew.s3Advice(.listObjectsV2, bucket: "b", credentialSource: nil).contains("this machine's clock is off"))
        #expect(Self.refused("SlowDown", "Reduce your request rate.", status: 503).isTransient)
        let proxy = ClientError.service(ServiceError(queryStatus: 502, header: { _ in nil }, body: Array("<html>".utf8)))
        #expect(
            proxy.s3Advice(.getObject, bucket: "b", key: "k", credentialSource: nil) == "GetObject s3://b/k: 502: Bad Gateway")
    }
}
