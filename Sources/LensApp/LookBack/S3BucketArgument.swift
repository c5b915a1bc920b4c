import AWSClient
import LensBasics

/// A bucket as the command line names it: `s3://BUCKET/PREFIX`, `s3://BUCKET` or `BUCKET` (the
/// AWS CLI's forms), checked as S3 checks a bucket name before anything is sent.
package struct S3BucketArgument: Sendable, Hashable, CustomStringConvertible {
    package var bucket: String
    /// "" for the bucket's root; else ends with "/".
    package var prefix: String

    package init(bucket: String, prefix: String = "") {
        self.bucket = bucket
        self.prefix = prefix.isEmpty || prefix.hasSuffix("/") ? prefix : prefix + "/"
    }

    /// Reads `text`, or says in one line what is wrong with it.
    package init(parsing text: String) throws(S3BucketArgumentError) {
        var rest = Substring(text.trimmed())
        if rest.lowercased().hasPrefix("s3://") {
            rest = rest.dropFirst(5)
        } else if rest.contains("://") {
            throw S3BucketArgumentError("'\(text.prefix(80))' is not an S3 location: write s3://BUCKET or s3://BUCKET/PREFIX")
        }
        let parts = rest.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        let bucket = String(parts.first ?? "")
        guard !bucket.isEmpty else { throw S3BucketArgumentError("'\(text.prefix(80))' names no bucket: write s3://BUCKET") }
        do { try S3Addressing.validate(bucket: bucket) } catch {
            throw S3BucketArgumentError(
                "'\(bucket.prefix(80))' is not a bucket name: S3 bucket names are letters, digits, '.', '-' and '_'")
        }
        self.init(bucket: bucket, prefix: parts.count > 1 ? String(parts[1]) : "")
    }

    package var description: String { "s3://\(bucket)/\(prefix)" }
}

/// Why a bucket argument was refused.
package struct S3BucketArgumentError: Error, Sendable, Hashable, CustomStringConvertible {
    package let description: String
    init(_ description: String) { self.description = description }
}
