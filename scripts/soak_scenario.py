#!/usr/bin/env python3
"""Scenarios for scripts/soak.sh (Docs/SCENARIOS.md format), long enough to keep a source busy for
MINUTES, and the turn ids each one serves (to check that lenstail saw every one).

Usage: soak_scenario.py KIND SECONDS OUT IDS.txt
  voice   OUT.json: one call with a turn every 4 s, ending 20 s before SECONDS (a category every
          20 turns, a summary at the end)
  chat    the same as a chat (the V2 API's shapes, absolute times)
  wall    OUT.json: a floor with a new call every 30 s on queue "Soak" (2 minutes each, at most 4
          at once; shorter in a short run), the last ending 25 s before SECONDS
  stream  the wall's calls as one scenario file each, OUT-N.json, and OUT.schedule: a line
          "START_SECONDS FILE" per call, for `simulate --to-kinesis` to put them at those times
IDS.txt gets every turn id served, one a line (unique across a run: "soak-CALL-TURN")."""
import datetime
import json
import sys

INSTANCE = "5d1b0c4e-7a2f-4e61-9c3d-8f2a6b1e0d47"
TURN_MS = 4_000
WORDS = ("my bill shows a charge twice and I would like the second one refunded please "
         "I can see the duplicate payment and I am refunding it now is there anything else").split()


def content(call, turn):
    n = 8 + (call * 7 + turn * 3) % 12
    return f"Turn {turn} of call {call}: " + " ".join(WORDS[(turn + i) % len(WORDS)] for i in range(n)) + "."


def role(turn):
    return "AGENT" if turn % 2 == 0 else "CUSTOMER"


def voice_call(call, turns, ids):
    segments = []
    for t in range(turns):
        tid = f"soak-{call:05d}-{t:05d}"
        ids.append(tid)
        segments.append({"Transcript": {
            "Id": tid, "ParticipantId": role(t).lower() + "-1", "ParticipantRole": role(t),
            "Content": content(call, t), "BeginOffsetMillis": t * TURN_MS + 200,
            "EndOffsetMillis": (t + 1) * TURN_MS, "Sentiment": ("NEUTRAL", "POSITIVE", "NEGATIVE")[t % 3]}})
        if t % 20 == 19:
            segments.append({"Categories": {
                "MatchedCategories": ["Billing dispute"],
                "MatchedDetails": {"Billing dispute": {"PointsOfInterest": [
                    {"BeginOffsetMillis": t * TURN_MS + 200, "EndOffsetMillis": (t + 1) * TURN_MS}]}}}})
    segments.append({"PostContactSummary": {"Status": "COMPLETED", "Content": f"Soak call {call} ended."}})
    return {"InstanceId": INSTANCE, "ContactId": contact_id(call), "Segments": segments}


def chat_call(call, turns, ids):
    start = datetime.datetime(2026, 1, 1, 9, 0, 0, tzinfo=datetime.timezone.utc)
    segments = []
    for t in range(turns):
        tid = f"soak-{call:05d}-{t:05d}"
        ids.append(tid)
        at = start + datetime.timedelta(milliseconds=t * TURN_MS)
        segments.append({"Transcript": {
            "Id": tid, "ParticipantId": role(t).lower() + "-1", "ParticipantRole": role(t),
            "DisplayName": "Sam" if role(t) == "AGENT" else "Inés", "Content": content(call, t),
            "ContentType": "text/plain",
            "Time": {"AbsoluteTime": at.strftime("%Y-%m-%dT%H:%M:%S.") + f"{at.microsecond // 1000:03d}Z"},
            "Sentiment": ("NEUTRAL", "POSITIVE", "NEGATIVE")[t % 3]}})
    return {"InstanceId": INSTANCE, "ContactId": contact_id(call), "Channel": "CHAT", "Segments": segments}


def contact_id(call):
    return f"50a50a50-0000-4000-8000-{call:012d}"


def main():
    kind, seconds, out, ids_out = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    ids = []
    scenario = {}
    turns = max(3, min(30, (seconds - 25) // 8))
    every = min(30, turns * TURN_MS // 2000)
    calls = max(1, (seconds - 25 - turns * TURN_MS // 1000) // every + 1)
    if kind in ("voice", "chat"):
        make = voice_call if kind == "voice" else chat_call
        scenario["Contacts"] = [make(0, max(3, (seconds - 20) * 1000 // TURN_MS), ids)]
    elif kind == "stream":
        with open(out + ".schedule", "w") as schedule:
            for c in range(calls):
                with open(f"{out}-{c}.json", "w") as f:
                    json.dump({"Contacts": [voice_call(c, turns, ids)]}, f)
                schedule.write(f"{c * every} {out}-{c}.json\n")
    elif kind == "wall":
        agents = [{"Id": f"u-agent-{a}", "Username": f"agent.{a}", "RoutingProfileId": "rp-soak"} for a in range(6)]
        scenario["Contacts"] = [voice_call(c, turns, ids) for c in range(calls)]
        scenario["Floor"] = {
            "Agents": agents,
            "Queues": [{"Id": "q-soak-0001", "Name": "Soak"}],
            "RoutingProfiles": [{"Id": "rp-soak", "Name": "Soak desk", "QueueIds": ["q-soak-0001"]}],
            "Calls": [{"ContactId": contact_id(c), "AgentId": agents[c % 6]["Id"], "QueueId": "q-soak-0001",
                       "StartsAtMillis": c * every * 1000} for c in range(calls)],
        }
    else:
        sys.exit(f"soak_scenario.py: unknown kind {kind}")
    if scenario:
        with open(out, "w") as f:
            json.dump(scenario, f)
    with open(ids_out, "w") as f:
        f.write("".join(i + "\n" for i in ids))


main()
