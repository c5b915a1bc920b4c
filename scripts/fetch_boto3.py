#!/usr/bin/env python3
"""Fetches a whole contact's analysis with a boto3 loop, as a user would write it.

Usage: fetch_boto3.py ENDPOINT INSTANCE_ID CONTACT_ID  (credentials from the environment)
Prints the number of segments fetched.
"""
import sys

import boto3
from botocore.config import Config


def main() -> None:
    endpoint, instance_id, contact_id = sys.argv[1:4]
    client = boto3.client(
        "connect-contact-lens",
        endpoint_url=endpoint,
        region_name="us-east-1",
        config=Config(retries={"mode": "standard"}),
    )
    count = 0
    token = None
    while True:
        args = {"InstanceId": instance_id, "ContactId": contact_id, "MaxResults": 100}
        if token:
            args["NextToken"] = token
        page = client.list_realtime_contact_analysis_segments(**args)
        count += len(page["Segments"])
        token = page.get("NextToken")
        if not token:
            break
    print(count)


if __name__ == "__main__":
    main()
