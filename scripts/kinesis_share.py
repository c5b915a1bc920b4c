#!/usr/bin/env python3
"""N supervisors on one 2-shard stream (scripts/bench-kinesis-share.sh runs this): for each N, a
fresh stream on moto, N real `lenstail follow --kinesis-stream … --output jsonl` readers through
the throttling proxy (each its own access key, so the proxy counts its calls), a warm-up, then the
demo call put one record at a time (LensBenchmarks kinesis-produce, straight to moto). Each line
a reader prints is timed when it arrives on its stdout, against the PutRecord of its segment.
Prints, per N: latency percentiles, the throttled share of GetRecords, turns lost or repeated.
"""
import argparse
import json
import os
import subprocess
import sys
import threading
import time
import urllib.request
import uuid

import boto3

parser = argparse.ArgumentParser()
parser.add_argument("--moto", required=True)
parser.add_argument("--proxy", required=True)
parser.add_argument("--lenstail", required=True)
parser.add_argument("--bench", required=True)
parser.add_argument("--readers", default="1,5,10")
parser.add_argument("--speed", type=float, default=4.0)
parser.add_argument("--warmup", type=float, default=30.0)
parser.add_argument("--stagger", type=float, default=0.5)
parser.add_argument("--log", default="/tmp")
args = parser.parse_args()
kinesis = boto3.client("kinesis", endpoint_url=args.moto, region_name="us-east-1")
failed = False


def stats():
    with urllib.request.urlopen(args.proxy + "/stats") as answer:
        return json.load(answer)


def percentile(values, fraction):
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * fraction))] if values else float("nan")


class Reader:
    def __init__(self, index, stream, contact, key):
        self.key, self.lines = key, []
        env = dict(os.environ, AWS_ACCESS_KEY_ID=key, AWS_SECRET_ACCESS_KEY="share-bench-secret", AWS_REGION="us-east-1")
        env.pop("AWS_SESSION_TOKEN", None)
        self.stderr = open(os.path.join(args.log, f"share-{stream}-{index}.err"), "w")
        self.process = subprocess.Popen(
            [args.lenstail, "follow", "--kinesis-stream", stream, "--endpoint-url", args.proxy,
             "--contact-id", contact, "--output", "jsonl"],
            env=env, stdout=subprocess.PIPE, stderr=self.stderr, stdin=subprocess.DEVNULL)
        self.thread = threading.Thread(target=self.read, daemon=True)
        self.thread.start()

    def read(self):
        for line in self.process.stdout:
            self.lines.append((time.time(), line))

    def segments(self):
        """(arrival, "Kind:id") of every Transcript and Utterance line."""
        for arrived, line in self.lines:
            try:
                segment = json.loads(line)
            except ValueError:
                continue
            for kind in ("Transcript", "Utterance"):
                if kind in segment:
                    yield arrived, f"{kind}:{segment[kind]['Id']}"


def run(count):
    global failed
    stream = f"share{count}-{uuid.uuid4().hex[:8]}"
    kinesis.create_stream(StreamName=stream, ShardCount=2)
    kinesis.get_waiter("stream_exists").wait(StreamName=stream, WaiterConfig={"Delay": 0.2})
    urllib.request.urlopen(urllib.request.Request(args.proxy + "/reset", data=b"", method="POST")).read()
    # The demo call's contact id: the producer's first line names it, but readers start first.
    contact = "b7e41c92-58da-4f06-8c3e-91a2d6f5e047"
    readers = []
    for index in range(count):
        readers.append(Reader(index, stream, contact, f"AKIDSHARE{count:03d}{index:05d}"))
        time.sleep(args.stagger)
    time.sleep(args.warmup)
    before = stats()
    producer = subprocess.run(
        [args.bench, "kinesis-produce", "--endpoint-url", args.moto, "--stream", stream, "--speed", str(args.speed)],
        capture_output=True, text=True, check=True)
    puts = {}
    for line in producer.stdout.splitlines():
        put = json.loads(line)
        assert put["contact"] == contact, f"the demo call's contact is {put['contact']}"
        for key in put["ids"]:
            puts[key] = put["put"]
    turns = {key for key in puts if key.startswith("Transcript:")}
    deadline = time.time() + 120
    for reader in readers:
        try:
            reader.process.wait(timeout=max(1, deadline - time.time()))
        except subprocess.TimeoutExpired:
            reader.process.kill()
            reader.process.wait()
        reader.thread.join(timeout=5)
    after = stats()
    everyone, rows = [], []
    for index, reader in enumerate(readers):
        seen, latency, repeated = {}, [], 0
        for arrived, key in reader.segments():
            if key in seen:
                repeated += key.startswith("Transcript:")
                continue
            seen[key] = arrived
            if key in puts:
                latency.append(arrived - puts[key])
        lost = len(turns - seen.keys())
        everyone += latency
        mine, previous = after.get(reader.key, {}), before.get(reader.key, {})
        calls = mine.get("GetRecords", 0) - previous.get("GetRecords", 0)
        throttled = mine.get("throttled", 0) - previous.get("throttled", 0)
        if lost or repeated or reader.process.returncode != 0:
            failed = True
        rows.append(
            f"  reader {index + 1:2}: p50 {percentile(latency, .5):5.2f} s  p95 {percentile(latency, .95):5.2f} s  "
            f"max {max(latency, default=float('nan')):5.2f} s  {len(latency)} lines timed;  GetRecords {calls}, "
            f"throttled {throttled} ({100 * throttled / max(calls, 1):.1f} %), with the warm-up "
            f"{mine.get('throttled', 0)} of {mine.get('GetRecords', 0)};  turns {len(turns) - lost}/{len(turns)}, "
            f"repeated {repeated}, exit {reader.process.returncode}")
    calls = sum(after.get(r.key, {}).get("GetRecords", 0) - before.get(r.key, {}).get("GetRecords", 0) for r in readers)
    throttled = sum(after.get(r.key, {}).get("throttled", 0) - before.get(r.key, {}).get("throttled", 0) for r in readers)
    p95s = [float(row.split("p95")[1].split("s")[0]) for row in rows]
    print(f"N={count}: PutRecord → stdout p50 {percentile(everyone, .5):.2f} s, p95 {percentile(everyone, .95):.2f} s, "
          f"max {max(everyone, default=float('nan')):.2f} s (all readers; per-reader p95 {min(p95s):.2f}-{max(p95s):.2f} s); "
          f"GetRecords throttled {throttled} of {calls} ({100 * throttled / max(calls, 1):.1f} %) during the call; "
          f"load {os.getloadavg()[0]:.2f}")
    print("\n".join(rows), flush=True)
    kinesis.delete_stream(StreamName=stream)


for count in [int(n) for n in args.readers.split(",")]:
    run(count)
if failed:
    print("bench-kinesis-share: a reader lost or repeated a turn, or did not exit 0 (see the rows above)", file=sys.stderr)
sys.exit(1 if failed else 0)
