#!/usr/bin/env python3
"""Reads a whole Kinesis stream with a boto3 get_records loop, as a user would write it, and
json.loads every record; prints the records read and this process's CPU seconds.

Usage: kinesis_read_boto3.py ENDPOINT STREAM RECORDS  (credentials from the environment)
"""
import json
import resource
import sys

import boto3


def cpu():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main():
    endpoint, stream, wanted = sys.argv[1], sys.argv[2], int(sys.argv[3])
    start = cpu()
    client = boto3.client("kinesis", endpoint_url=endpoint, region_name="us-east-1")
    shards = client.list_shards(StreamName=stream)["Shards"]
    iterators = {s["ShardId"]: client.get_shard_iterator(StreamName=stream, ShardId=s["ShardId"],
                                                          ShardIteratorType="TRIM_HORIZON")["ShardIterator"]
                 for s in shards}
    read = segments = 0
    while read < wanted and iterators:
        for shard, iterator in list(iterators.items()):
            answer = client.get_records(ShardIterator=iterator, Limit=10000)
            for record in answer["Records"]:
                event = json.loads(record["Data"])
                segments += len(event.get("Segments", []))
                read += 1
            if answer.get("NextShardIterator"):
                iterators[shard] = answer["NextShardIterator"]
            else:
                del iterators[shard]
    print(f"boto3: {read} records, {segments} segments, CPU {cpu() - start:.2f} s")


if __name__ == "__main__":
    main()
