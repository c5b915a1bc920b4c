#!/usr/bin/env bash
# The Kinesis source against moto on loopback: PutRecord → event latency; a 4-shard stream of
# many concurrent simulated calls read whole (records and segments a second, memory per contact);
# and the CPU seconds per 100k records of lenstail's reader against a boto3 get_records loop that
# json.loads each record, on the same stream. Needs moto_server and python3 with boto3, and a
# release build: swift build -c release --scratch-path .build-release --product LensBenchmarks
# --short (CI: the script still runs end to end): 20 utterances, 20 calls on the stream.
set -euo pipefail
case ${1:-} in "" | --short) ;; *) echo "usage: $0 [--short]" >&2; exit 64 ;; esac
cd "$(dirname "$0")/.."
contacts=${KINESIS_CONTACTS:-1000}
utterances=200
[[ ${1:-} == --short ]] && contacts=20 utterances=20
bench=${LENSBENCHMARKS:-$PWD/.build-release/release/LensBenchmarks}
[[ -x $bench ]] || { echo "missing $bench (see the header)" >&2; exit 1; }
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
moto_server -H 127.0.0.1 -p "$port" >/tmp/bench-kinesis-moto.log 2>&1 &
moto=$!
trap 'kill "$moto" 2>/dev/null || true' EXIT
until curl -s -o /dev/null "http://127.0.0.1:$port/moto-api/data.json"; do sleep 0.2; done
endpoint=http://127.0.0.1:$port
export AWS_ACCESS_KEY_ID=AKIDBENCH AWS_SECRET_ACCESS_KEY=bench-secret AWS_DEFAULT_REGION=us-east-1

"$bench" kinesis-latency --endpoint-url "$endpoint" --count "$utterances"
load=$("$bench" kinesis-load --endpoint-url "$endpoint" --stream bench --contacts "$contacts")
echo "$load"
records=$(sed -n 's/^kinesis-load: \([0-9]*\) records.*/\1/p' <<<"$load")
# Each reader twice, alternately; the second run of each counts (moto has warmed its caches).
for run in 1 2; do
  lenstail=$("$bench" kinesis-read --endpoint-url "$endpoint" --stream bench --records "$records")
  boto3=$(python3 scripts/kinesis_read_boto3.py "$endpoint" bench "$records")
done
echo "$lenstail"
echo "$boto3"
l=$(sed -n 's/.*CPU \([0-9.]*\) s = .*/\1/p' <<<"$lenstail")
b=$(sed -n 's/.*CPU \([0-9.]*\) s$/\1/p' <<<"$boto3")
awk -v l="$l" -v b="$b" -v n="$records" 'BEGIN { printf "CPU per 100k records: lenstail %.2f s, boto3 %.2f s: lenstail uses %.1f× less CPU\n", l * 100000 / n, b * 100000 / n, b / l }'
