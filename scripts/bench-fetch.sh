#!/usr/bin/env bash
# Fetching a finished 20k-segment contact whole from the emulator (speed instant, no rate limit):
# lenstail versus a boto3 loop (scripts/fetch_boto3.py) and an AWS CLI loop over --next-token.
# Every client talks to the same emulator, which each client warms once untimed (its segment
# cache, the disk cache); lenstail and boto3 are then timed 3 times each, alternately, and the
# median counts. lenstail writes its JSON export to a file; the segments are counted afterwards.
# Like the boto3 and CLI loops, lenstail does not space its requests here (--max-rate 1000000);
# `scripts/bench-fetch.sh` with FETCH_RATE=1000 shows the cost of a 1 ms spacing.
# Needs python3 with boto3, the aws CLI, jq and release builds. Prints seconds and ratios.
# --short (CI: the script still runs end to end): a 2k-segment contact. FETCH_CLI=0 leaves the
# AWS CLI loop out (the benchmark gate: ~2 min of the CLI's own start-up per run).
set -euo pipefail
case ${1:-} in "" | --short) ;; *) echo "usage: $0 [--short]" >&2; exit 64 ;; esac
cd "$(dirname "$0")/.."
source scripts/bench-lib.sh
trap 'stop_emulator; rm -rf "$work"' EXIT
turns_jq=".Transcript | length"
turns=${FETCH_TURNS:-20000}
[[ ${1:-} == --short ]] && turns=2000
ids=(--instance-id 5d1b0c4e-7a2f-4e61-9c3d-8f2a6b1e0d47 --contact-id c0ffee00-1234-4abc-8def-0123456789ab)

"$bench" scenario "$turns" "$work/call.json" >/dev/null
start_emulator --scenario "$work/call.json" --speed instant --no-rate-limit

# time_it NAME CMD…: runs CMD (stdout: the number of segments fetched) and appends its seconds.
declare -A took
time_it() {
  local name=$1 start count seconds; shift
  start=$(now)
  count=$("$@")
  seconds=$(awk -v a="$start" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }')
  took[$name]="${took[$name]:-} $seconds"
  printf "%-12s %8s s  %6s segments\n" "$name" "$seconds" "$count"
  [[ $count == "$turns" ]] || { echo "bench-fetch: $name fetched $count segments, expected $turns" >&2; exit 1; }
}

# median NAME: the middle of the recorded times.
median() { tr ' ' '\n' <<<"${took[$1]}" | grep . | sort -n | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }'; }

lenstail_fetch() {
  "$bin" export --endpoint-url "$endpoint" "${ids[@]}" --format json --max-rate "${FETCH_RATE:-1000000}" -o "$work/export.json"
  echo "$turns"
}

lenstail_count() { jq "$turns_jq" "$work/export.json"; }

boto3_fetch() { python3 scripts/fetch_boto3.py "$endpoint" "${ids[@]:1:1}" "${ids[@]:3:1}"; }

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
lenstail_fetch >/dev/null && boto3_fetch >/dev/null  # warm-up, untimed
for _ in 1 2 3; do
  time_it lenstail lenstail_fetch
  [[ $(lenstail_count) == "$turns" ]] || { echo "bench-fetch: the export holds $(lenstail_count) turns" >&2; exit 1; }
  time_it boto3 boto3_fetch
done
awk -v l="$(median lenstail)" -v b="$(median boto3)" \
  'BEGIN { printf "medians: lenstail %.3f s, boto3 %.3f s\nlenstail is %.2f× faster than the boto3 loop\n", l, b, b / l }'
if [[ ${FETCH_CLI:-1} != 0 ]]; then
  time_it aws-cli aws_loop
  awk -v l="$(median lenstail)" -v a="${took[aws-cli]}" 'BEGIN { printf "lenstail is %.0f× faster than the AWS CLI loop\n", a / l }'
fi
