#!/usr/bin/env bash
# Fetching a finished 20k-segment contact whole from the emulator (speed inf, no rate limit):
# lenstail versus a boto3 loop (scripts/fetch_boto3.py) and an AWS CLI loop over --next-token.
# Needs python3 with boto3, the aws CLI, jq and release builds. Prints seconds and ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bench-lib.sh
trap 'stop_emulator; rm -rf "$work"' EXIT
turns_jq=".Transcript | length"
turns=${FETCH_TURNS:-20000}
ids=(--instance-id 5d1b0c4e-7a2f-4e61-9c3d-8f2a6b1e0d47 --contact-id c0ffee00-1234-4abc-8def-0123456789ab)

"$bench" scenario "$turns" "$work/call.json" >/dev/null
start_emulator --scenario "$work/call.json" --speed inf --no-rate-limit

# time_it NAME CMD…: runs CMD (stdout: the number of segments fetched) and records its seconds.
declare -A took
time_it() {
  local name=$1 start count; shift
  start=$(now)
  count=$("$@")
  took[$name]=$(awk -v a="$start" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }')
  printf "%-12s %8s s  %6s segments\n" "$name" "${took[$name]}" "$count"
  [[ $count == "$turns" ]] || { echo "bench-fetch: $name fetched $count segments, expected $turns" >&2; exit 1; }
}

lenstail_fetch() {
  if "$bin" --help | grep -qE '^ +export '; then
    "$bin" export --endpoint-url "$endpoint" "${ids[@]}" --format json --max-rate 1000 | jq "$turns_jq"
  else
    "$bin" follow --endpoint-url "$endpoint" "${ids[@]}" --output jsonl --max-rate 1000 --poll-interval 0.05 | wc -l
  fi
}

aws_loop() {
  local token="" count=0 page n
  while :; do
    page=$(aws connect-contact-lens list-realtime-contact-analysis-segments --endpoint-url "$endpoint" \
      "${ids[@]}" --max-results 100 --output json ${token:+--next-token "$token"})
    n=$(jq '.Segments | length' <<<"$page")
    count=$((count + n))
    token=$(jq -r '.NextToken // empty' <<<"$page")
    [[ -n $token ]] || break
  done
  echo "$count"
}

echo "fetch a finished $turns-segment contact from the emulator on loopback"
time_it lenstail lenstail_fetch
time_it boto3 python3 scripts/fetch_boto3.py "$endpoint" "${ids[@]:1:1}" "${ids[@]:3:1}"
time_it aws-cli aws_loop
awk -v l="${took[lenstail]}" -v b="${took[boto3]}" -v a="${took[aws-cli]}" \
  'BEGIN { printf "lenstail is %.1f× faster than the boto3 loop and %.1f× faster than the AWS CLI loop\n", b / l, a / l }'
