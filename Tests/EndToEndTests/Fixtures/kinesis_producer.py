#!/usr/bin/env python3
"""An independent producer for lenstail's Kinesis tests: boto3 puts one call of CONTACT_ID as
Contact Lens voice events (STARTED, partial Utterances then each Transcript, Categories,
COMPLETED), interleaved with NOISE other contacts' calls, on any stream. Its JSON is Python's,
with ContactId after Segments (a reader cannot count on key order), and one record is put twice
(Kinesis delivers at least once). Prints the contact's final turns as JSON: [[Id, Content], ...].

Usage: kinesis_producer.py ENDPOINT STREAM CONTACT_ID NOISE   (credentials from the environment)
"""
import json
import sys

import boto3

INSTANCE = "4defbdc5-3029-456e-9bf3-a0d168cf409c"
TURNS = [
    ("AGENT", "Thank you for calling. This is Ana speaking, how can I help?", 0, 3200),
    ("CUSTOMER", "Hi Ana. My internet has been down since this morning and I work from home.", 3400, 8100),
    ("AGENT", "I am sorry about that. Let me run a line test right now.", 8300, 11000),
    ("CUSTOMER", "Thanks, I appreciate it.", 11200, 12500),
]


def event(contact, kind, segments=None, contact_last=False):
    head = {"Version": "1.0.0", "Channel": "VOICE", "AccountId": "123456789012", "InstanceId": INSTANCE,
            "LanguageCode": "en-US", "EventType": kind}
    if segments is not None:
        head["Segments"] = segments
    if contact_last:
        head["ContactId"] = contact
    else:
        head = {"ContactId": contact, **head}
    return json.dumps(head).encode()


def call(contact, prefix, contact_last):
    """The records of one call, in order: a list of bytes."""
    records = [event(contact, "STARTED", contact_last=contact_last)]
    for n, (role, content, begin, end) in enumerate(TURNS):
        turn_id = f"{prefix}-turn-{n}"
        words = content.split()
        half = len(words) // 2
        pieces = [" ".join(words[:half]), " ".join(words[half:])]
        middle = begin + (end - begin) // 2
        for i, (text, b, e) in enumerate([(pieces[0], begin, middle), (pieces[1], middle, end)]):
            utterance = {"Id": f"{turn_id}-u{i}", "TranscriptId": turn_id, "ParticipantId": role,
                         "ParticipantRole": role, "PartialContent": text, "BeginOffsetMillis": b,
                         "EndOffsetMillis": e, "Sentiment": "NEUTRAL", "IssuesDetected": []}
            records.append(event(contact, "SEGMENTS", [{"Utterance": utterance}], contact_last))
        transcript = {"Id": turn_id, "ParticipantId": role, "ParticipantRole": role, "Content": content,
                      "BeginOffsetMillis": begin, "EndOffsetMillis": end, "Sentiment": "NEUTRAL"}
        records.append(event(contact, "SEGMENTS", [{"Transcript": transcript}], contact_last))
    categories = {"MatchedCategories": ["Outage"],
                  "MatchedDetails": {"Outage": {"PointsOfInterest": [{"BeginOffsetMillis": 3400, "EndOffsetMillis": 8100}]}}}
    records.append(event(contact, "SEGMENTS", [{"Categories": categories}], contact_last))
    records.append(event(contact, "COMPLETED", contact_last=contact_last))
    return records


def main():
    endpoint, stream, contact, noise = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    client = boto3.client("kinesis", endpoint_url=endpoint, region_name="us-east-1")
    calls = [(contact, call(contact, "mine", contact_last=True))]
    for n in range(noise):
        other = f"00000000-0000-4000-8000-{n:012d}"
        calls.append((other, call(other, f"noise{n}", contact_last=False)))
    step = 0
    while any(records for _, records in calls):
        batch = []
        for key, records in calls:
            if records:
                batch.append({"Data": records.pop(0), "PartitionKey": key})
        if step == 3:  # one of the contact's records again, as a producer's retry would put it
            batch.append(dict(batch[0]))
        client.put_records(StreamName=stream, Records=batch)
        step += 1
    print(json.dumps([[f"mine-turn-{n}", content] for n, (_, content, _, _) in enumerate(TURNS)]))


if __name__ == "__main__":
    main()
