#!/usr/bin/env bash
# An hour (or MINUTES) of one source with faults on, lenstail drawing its full-screen view in tmux
# (160×50), sampled every 10 s: resident memory, open descriptors, threads, CPU. Then: was every
# turn the scenario served seen?
#   poll    `follow` of one voice call (a turn every 4 s for the whole run), the emulator with
#           $SOAK_FAULTS; the view records every page (--record), which is checked
#   chat    the same call as a chat (ListRealtimeContactAnalysisSegmentsV2)
#   wall    `wall --queue Soak`: a new call every 30 s (2 minutes each) on the emulator's floor, with
#           faults; a second `wall --output jsonl` beside the view is checked
#   stream  `wall --kinesis-stream` reading a 2-shard stream on moto behind the 5 reads/s per shard
#           proxy (throttling is the fault; a second reader shares the limit), `simulate
#           --to-kinesis` putting the wall's calls at their times; the second reader is checked
# Writes samples.csv (seconds,rss_kb,fds,threads,cpu_ticks) and summary.txt to OUT_DIR (default a
# new directory under /tmp). Exits 1 when RSS grew more than 5 % after the first 5 minutes (half
# the run when shorter), descriptors or threads reached a new high in the last quarter, lenstail
# ended early, or a turn was lost. Needs tmux (moto_server and boto3 for stream) and a release
# build (swift build -c release --scratch-path .build-release --product lenstail; LENSTAIL=… for
# another binary). CI: each source for 1 minute.
set -euo pipefail
usage() { echo "usage: $0 poll|chat|wall|stream MINUTES [OUT_DIR]" >&2; exit 64; }
kind=${1:-}
minutes=${2:-}
case $kind in poll | chat | wall | stream) ;; *) usage ;; esac
[[ $minutes =~ ^[1-9][0-9]*$ ]] || usage
cd "$(dirname "$0")/.."
need_bench=
source scripts/bench-lib.sh
out=${3:-$(mktemp -d /tmp/lenstail-soak-XXXXXX)}
mkdir -p "$out"
seconds=$((minutes * 60))
faults=${SOAK_FAULTS:-throttle=0.1,error=0.05,dup=0.05,drop=0.02,reject=0.02,slow=0.01,malformed=0.01,latency=50ms}
instance=5d1b0c4e-7a2f-4e61-9c3d-8f2a6b1e0d47
contact=50a50a50-0000-4000-8000-000000000000
server="lenstail-soak-$kind-$$"
helpers=()
cleanup() {
  tmux -L "$server" kill-server 2>/dev/null || true
  for pid in "${helpers[@]}"; do kill "$pid" 2>/dev/null || true; done
  stop_emulator
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# The view: CMD in a tmux pane, through a shell that notes lenstail's exit status.
start_view() {
  printf '%s\necho $? >%q\n' "$*" "$out/view.exit" >"$work/view.sh"
  tmux -L "$server" -f /dev/null new-session -d -x 160 -y 50 -e TERM=xterm-256color "bash $work/view.sh"
  for _ in $(seq 1 100); do
    view=$(pgrep -P "$(tmux -L "$server" list-panes -F '#{pane_pid}')" || true)
    [[ -n $view ]] && return 0
    sleep 0.1
  done
  echo "soak: lenstail did not start in tmux" >&2; exit 1
}

# The turns lenstail saw, from a --record or --output jsonl file: the ids of whole turns.
seen_ids() { grep -oE '"Id" ?: ?"soak-[0-9]{5}-[0-9]{5}"' "$1" | grep -oE 'soak-[0-9]{5}-[0-9]{5}' | sort -u; }

case $kind in
  poll | chat)
    python3 scripts/soak_scenario.py "$([[ $kind == poll ]] && echo voice || echo chat)" "$seconds" "$out/scenario.json" "$out/served.txt"
    start_emulator --scenario "$out/scenario.json" --faults "$faults" --seed "$RANDOM"
    checked="$out/record.jsonl"
    start_view "$bin" follow --endpoint-url "$endpoint" --instance-id "$instance" --contact-id "$contact" \
      --channel "$([[ $kind == poll ]] && echo voice || echo chat)" --record "$checked"
    ;;
  wall)
    python3 scripts/soak_scenario.py wall "$seconds" "$out/scenario.json" "$out/served.txt"
    # Two readers on one access key: the emulator's own 1/s quota would starve both.
    start_emulator --scenario "$out/scenario.json" --faults "$faults" --seed "$RANDOM" --no-rate-limit
    checked="$out/twin.jsonl"
    "$bin" wall --endpoint-url "$endpoint" --instance-id "$instance" --queue Soak --output jsonl >"$checked" 2>"$out/twin.err" &
    helpers+=($!)
    start_view "$bin" wall --endpoint-url "$endpoint" --instance-id "$instance" --queue Soak
    ;;
  stream)
    python3 scripts/soak_scenario.py stream "$seconds" "$work/call" "$out/served.txt"
    moto_port=$(free_port)
    moto_server -H 127.0.0.1 -p "$moto_port" >"$out/moto.log" 2>&1 &
    helpers+=($!)
    until curl -s -o /dev/null "http://127.0.0.1:$moto_port/moto-api/data.json"; do sleep 0.2; done
    proxy_port=$(free_port)
    python3 scripts/kinesis_throttle_proxy.py "$proxy_port" "$moto_port" 5 >"$out/proxy.log" 2>&1 &
    helpers+=($!)
    until curl -s -o /dev/null "http://127.0.0.1:$proxy_port/stats"; do sleep 0.2; done
    python3 -c "import boto3, sys; boto3.client('kinesis', endpoint_url=sys.argv[1], region_name='us-east-1').create_stream(StreamName='soak', ShardCount=2)" \
      "http://127.0.0.1:$moto_port"
    endpoint=http://127.0.0.1:$proxy_port
    checked="$out/twin.jsonl"
    "$bin" wall --kinesis-stream soak --endpoint-url "$endpoint" --output jsonl >"$checked" 2>"$out/twin.err" &
    helpers+=($!)
    start_view "$bin" wall --kinesis-stream soak --endpoint-url "$endpoint"
    sleep 3  # both readers at the tip before the first call
    # The calls, each put at its time by its own publisher (straight to moto: only reads are limited).
    (
      trap 'kill $(jobs -p) 2>/dev/null; exit 0' TERM
      began=$(date +%s)
      while read -r at file; do
        sleep "$((began + at - $(date +%s) > 0 ? began + at - $(date +%s) : 0))" &
        wait $!
        "$bin" simulate --to-kinesis soak --endpoint-url "http://127.0.0.1:$moto_port" --scenario "$file" 2>>"$out/publish.log" &
      done <"$work/call.schedule"
      wait
    ) &
    helpers+=($!)
    ;;
esac
echo "soak $kind: $minutes min, lenstail $view ($bin), out $out" >&2

hz=$(getconf CLK_TCK)
echo "seconds,rss_kb,fds,threads,cpu_ticks" >"$out/samples.csv"
began=$(date +%s)
ended_early=
for ((t = 0; t <= seconds; t += 10)); do
  sleep "$((began + t - $(date +%s) > 0 ? began + t - $(date +%s) : 0))"
  if [[ ! -d /proc/$view ]]; then ended_early=$t; break; fi
  rss=$(awk '/^VmRSS/ { print $2 }' "/proc/$view/status")
  threads=$(awk '/^Threads/ { print $2 }' "/proc/$view/status")
  fds=$(find "/proc/$view/fd" -mindepth 1 -maxdepth 1 2>/dev/null | wc -l)
  echo "$t,$rss,$fds,$threads,$(cpu_ticks "$view")" >>"$out/samples.csv"
done
tmux -L "$server" capture-pane -p >"$out/screen.txt" 2>/dev/null || true

# Every turn served, seen? The last call may still be finishing: up to a minute more.
for _ in $(seq 1 60); do
  comm -23 "$out/served.txt" <(seen_ids "$checked") >"$out/lost.txt"
  [[ -s $out/lost.txt ]] || break
  sleep 1
done
if [[ $kind == stream ]]; then
  # GetRecords per reader, and how many the proxy throttled (the stream's fault).
  curl -s "$endpoint/stats" >"$out/proxy-stats.json" || true
  python3 -c 'import json, sys; c = json.load(open(sys.argv[1])); n = sum(v["GetRecords"] for v in c.values()); t = sum(v["throttled"] for v in c.values()); print(f"  GetRecords {n} by both readers, {t} throttled ({100 * t / max(n, 1):.0f} %)")' \
    "$out/proxy-stats.json" >"$out/proxy.txt" 2>/dev/null || true
fi
served=$(wc -l <"$out/served.txt")
lost=$(wc -l <"$out/lost.txt")
[[ -z $ended_early ]] && tmux -L "$server" send-keys q 2>/dev/null || true

status=0
awk -F, -v hz="$hz" -v kind="$kind" -v minutes="$minutes" -v served="$served" -v lost="$lost" \
  -v early="$ended_early" -v load="$(cut -d' ' -f1-3 /proc/loadavg)" -v bin="$bin" '
  NR > 1 { n++; t[n] = $1; rss[n] = $2; fd[n] = $3; th[n] = $4; cpu[n] = $5 }
  function median3(i,  x, y, z) { x = rss[i - 1]; y = rss[i]; z = rss[i + 1]
    return (x <= y) ? ((y <= z) ? y : ((x <= z) ? z : x)) : ((x <= z) ? x : ((y <= z) ? z : y)) }
  END {
    base = 1; while (base < n && t[base] < (t[n] >= 600 ? 300 : t[n] / 2)) base++
    b = (base > 1 && base < n) ? median3(base) : rss[base]
    e = (n > 2) ? median3(n - 1) : rss[n]
    growth = 100 * (e - b) / b
    quarter = n - int((n - base) / 4)
    for (i = base; i <= n; i++) {
      if (i == base || fd[i] < fdmin) fdmin = fd[i]; if (fd[i] > fdmax) fdmax = fd[i]
      if (i == base || th[i] < thmin) thmin = th[i]; if (th[i] > thmax) thmax = th[i]
      if (i < quarter) { if (fd[i] > fdbefore) fdbefore = fd[i]; if (th[i] > thbefore) thbefore = th[i] }
      else { if (fd[i] > fdlast) fdlast = fd[i]; if (th[i] > thlast) thlast = th[i] }
    }
    cpupct = (t[n] > 0) ? 100 * (cpu[n] - cpu[1]) / hz / t[n] : 0
    printf "soak %s, %d min (%s; load %s)\n", kind, minutes, bin, load
    printf "  RSS %.1f MB at %d s, %.1f MB at the end: %+.1f %%\n", b / 1024, t[base], e / 1024, growth
    printf "  descriptors %d-%d, threads %d-%d after %d s (last quarter highest: %d fds, %d threads)\n", fdmin, fdmax, thmin, thmax, t[base], fdlast, thlast
    printf "  CPU %.2f %% of a core over %d s\n", cpupct, t[n]
    printf "  turns served %d, seen %d, lost %d\n", served, served - lost, lost
    bad = 0
    if (early != "") { print "  FAIL: lenstail ended after " early " s"; bad = 1 }
    if (growth > 5) { print "  FAIL: RSS grew more than 5 %"; bad = 1 }
    if (quarter > base + 1 && (fdlast > fdbefore || thlast > thbefore)) { print "  FAIL: descriptors or threads reached a new high in the last quarter"; bad = 1 }
    if (lost > 0) { print "  FAIL: turns lost (lost.txt)"; bad = 1 }
    exit bad
  }' "$out/samples.csv" | tee "$out/summary.txt" || status=$?
[[ ! -s $out/proxy.txt ]] || tee -a "$out/summary.txt" <"$out/proxy.txt"
exit "$status"
