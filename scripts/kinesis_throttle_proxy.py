#!/usr/bin/env python3
"""A loopback proxy in front of moto that enforces Kinesis's read limit across all its clients:
5 GetRecords (and, apart, 5 GetShardIterator) a second per shard, as a sliding window of one
second over the calls it let through. A call over the limit gets what Kinesis answers,
ProvisionedThroughputExceededException (400). moto's iterators say their shard: base64 of
"stream:shard:sequence" (the same reading as Tests/EndToEndTests/KinesisFaultTests.swift).

GetRecords calls and throttled ones are counted per client, told apart by the access key of
their signature (give every reader its own). GET /stats answers the counts as JSON; POST /reset
clears them. Usage: kinesis_throttle_proxy.py PORT MOTO_PORT [PER_SECOND]
"""
import base64
import collections
import http.client
import http.server
import json
import re
import sys
import threading
import time

port, moto_port = int(sys.argv[1]), int(sys.argv[2])
per_second = int(sys.argv[3]) if len(sys.argv) > 3 else 5
lock = threading.Lock()
windows = collections.defaultdict(collections.deque)  # (operation, stream, shard) -> admitted times
counts = collections.defaultdict(lambda: {"GetRecords": 0, "throttled": 0})
local = threading.local()
CREDENTIAL = re.compile(r"Credential=([^/]+)/")


def shard_of(operation, body):
    """(stream, shard) a call reads, or None for calls the limit does not cover."""
    try:
        request = json.loads(body or b"{}")
        if operation == "GetRecords":
            stream, shard, _ = base64.b64decode(request["ShardIterator"]).decode().split(":")
            return stream, shard
        if operation == "GetShardIterator":
            return request.get("StreamName") or request.get("StreamARN"), request["ShardId"]
    except (ValueError, KeyError, UnicodeDecodeError):
        return None
    return None


def admit(key):
    now = time.monotonic()
    with lock:
        window = windows[key]
        while window and window[0] <= now - 1.0:
            window.popleft()
        if len(window) >= per_second:
            return False
        window.append(now)
        return True


def moto():
    if getattr(local, "connection", None) is None:
        local.connection = http.client.HTTPConnection("127.0.0.1", moto_port, timeout=60)
    return local.connection


class Proxy(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def answer(self, status, body, content_type="application/x-amz-json-1.1"):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path == "/stats":
            with lock:
                body = json.dumps(counts).encode()
            return self.answer(200, body, "application/json")
        self.forward(b"")

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.path == "/reset":
            with lock:
                counts.clear()
                windows.clear()
            return self.answer(200, b"{}", "application/json")
        operation = (self.headers.get("X-Amz-Target") or "").rpartition(".")[2]
        shard = shard_of(operation, body)
        if shard is not None:
            client = CREDENTIAL.search(self.headers.get("Authorization") or "")
            client = client.group(1) if client else "?"
            allowed = admit((operation,) + shard)
            if operation == "GetRecords":
                with lock:
                    counts[client]["GetRecords"] += 1
                    counts[client]["throttled"] += 0 if allowed else 1
            if not allowed:
                error = {"__type": "ProvisionedThroughputExceededException",
                         "message": f"Rate exceeded for shard {shard[1]} in stream {shard[0]}"}
                return self.answer(400, json.dumps(error).encode())
        self.forward(body)

    def forward(self, body):
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection", "content-length")}
        for attempt in (1, 2):
            try:
                connection = moto()
                connection.request(self.command, self.path, body=body, headers=headers)
                response = connection.getresponse()
                payload = response.read()
                break
            except (http.client.HTTPException, OSError):
                local.connection = None
                if attempt == 2:
                    return self.answer(500, b'{"__type":"InternalFailure"}')
        self.answer(response.status, payload, response.getheader("Content-Type") or "application/x-amz-json-1.1")


server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Proxy)
server.daemon_threads = True
print(f"listening on http://127.0.0.1:{server.server_address[1]}", flush=True)
server.serve_forever()
