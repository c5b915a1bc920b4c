import ContactLensModel

extension ConnectClient {
    /// ListInstanceStorageConfigs for one resource type (CALL_RECORDINGS: where Contact Lens writes
    /// its post-contact analysis files), every page.
    package func storageConfigs(instanceId: String, resourceType: InstanceStorageResourceType, pageSize: Int = 10)
        async throws(ClientError) -> [InstanceStorageConfig]
    {
        try Self.checked { () throws(RequestValidationError) in
            try ConnectCheck.ids(instanceId: instanceId)
            try ConnectCheck.value(pageSize, ListInstanceStorageConfigs.maxResultsRange, "MaxResults")
        }
        return try await Self.pages { (token: String?) throws(ClientError) in
            var query = ["resourceType=\(ConnectPath.label(resourceType.rawValue))", "maxResults=\(pageSize)"]
            if let token { query.append("nextToken=\(ConnectPath.label(token))") }
            let path = ListInstanceStorageConfigs.path(instanceId: instanceId) + "?" + query.joined(separator: "&")
            let page = try await get("ListInstanceStorageConfigs", path: path, as: ListInstanceStorageConfigsResponse.self)
            return (page.storageConfigs, page.nextToken)
        }
    }

    /// The call-recordings bucket and prefix (the first S3 config), nil when the instance has none.
    package func callRecordingsBucket(instanceId: String) async throws(ClientError) -> InstanceStorageConfig.S3Config? {
        try await storageConfigs(instanceId: instanceId, resourceType: .callRecordings).lazy.compactMap(\.s3Config).first
    }
}
