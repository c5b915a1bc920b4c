"""The requests botocore's S3 client would send, captured before sending (nothing leaves the
process): for each case on stdin (a JSON list), its URL and headers, one JSON object a line.
us-east-1 on its regional endpoint (s3.us-east-1.amazonaws.com), as lenstail asks it, not the
global one botocore keeps by default."""
import json
import sys

import botocore.session
from botocore.awsrequest import AWSResponse
from botocore.config import Config

captured = []


def capture(request, **kwargs):
    headers = {k: (v.decode() if isinstance(v, bytes) else v) for k, v in request.headers.items()}
    captured.append({"url": request.url, "headers": headers})
    return AWSResponse(request.url, 200, {}, None)


session = botocore.session.get_session()
for case in json.load(sys.stdin):
    client = session.create_client(
        "s3", region_name=case["region"], endpoint_url=case.get("endpoint"),
        aws_access_key_id="AKIDS3DIFF", aws_secret_access_key="s3-differential-secret",
        aws_session_token="s3-differential-token", config=Config(retries={"max_attempts": 1}, s3={"us_east_1_regional_endpoint": "regional"}))
    client.meta.events.register("before-send", capture)
    before = len(captured)
    try:
        if case["op"] == "get":
            client.get_object(Bucket=case["bucket"], Key=case["key"])
        else:
            params = {"Bucket": case["bucket"], "Prefix": case["prefix"]}
            if case.get("token"):
                params["ContinuationToken"] = case["token"]
            if case.get("maxKeys"):
                params["MaxKeys"] = case["maxKeys"]
            client.list_objects_v2(**params)
    except Exception:
        pass  # the empty answer does not parse; the request is what is wanted
    print(json.dumps(captured[before] if len(captured) > before else {"error": "nothing sent"}))
