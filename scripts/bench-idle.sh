#!/usr/bin/env bash
# Idle CPU of the real lenstail drawing its full-screen view in tmux (200×60), over 30 s:
#   1. `lenstail demo --speed 50` once the call has completed;
#   2. `lenstail follow` of a live call that has paused (no new turns for an hour; it keeps polling 1/s).
# Needs tmux and release builds (see Docs/PERFORMANCE.md). Prints CPU % of one core, and
# wake-ups a second (context switches of all threads: the old 50 ms input loop made 20 a second).
# --short (CI: the script still runs end to end): 3 s windows instead of 30 s.
set -euo pipefail
case ${1:-} in "" | --short) ;; *) echo "usage: $0 [--short]" >&2; exit 64 ;; esac
cd "$(dirname "$0")/.."
source scripts/bench-lib.sh
server="lenstail-idle-$$-0"
trap 'tmux -L "$server" kill-server 2>/dev/null || true; stop_emulator; rm -rf "$work"' EXIT
panes=0
hz=$(getconf CLK_TCK)
seconds=${IDLE_SECONDS:-30}  # 10 ms ticks: 10 s would be too coarse near 1 %
[[ ${1:-} == --short ]] && seconds=3

# run_pane CMD…: a fresh 200×60 pane running CMD, on a server of its own (a server just killed
# may still be going away).
run_pane() {
  tmux -L "$server" kill-server 2>/dev/null || true
  panes=$((panes + 1))
  server="lenstail-idle-$$-$panes"
  tmux -L "$server" -f /dev/null new-session -d -x 200 -y 60 -e TERM=xterm-256color "$*"
}

wait_for() {
  for _ in $(seq 1 300); do
    tmux -L "$server" capture-pane -p | grep -qF -- "$1" && return 0
    sleep 0.1
  done
  echo "bench-idle: timed out waiting for '$1'" >&2; tmux -L "$server" capture-pane -p >&2; return 1
}

# The lenstail process of the pane (the shell may have exec'd it, or run it as a child).
pane_lenstail() {
  local pid
  pid=$(tmux -L "$server" list-panes -F '#{pane_pid}')
  if [[ $(cat "/proc/$pid/comm") == lenstail ]]; then echo "$pid"; else pgrep -P "$pid" -x lenstail; fi
}

measure() {
  local pid before after woken
  pid=$(pane_lenstail)
  before=$(cpu_ticks "$pid"); woken=$(wakeups "$pid"); sleep "$seconds"
  after=$(cpu_ticks "$pid"); woken=$(( $(wakeups "$pid") - woken ))
  awk -v d=$((after - before)) -v w="$woken" -v hz="$hz" -v s="$seconds" -v name="$1" \
    'BEGIN { printf "%-48s %5.2f %% of a core (%d ticks in %d s), %.1f wake-ups/s\n", name, 100 * d / hz / s, d, s, w / s }'
}

run_pane "$bin demo --speed 50"
wait_for COMPLETED
sleep 1
measure "demo --speed 50, call completed"

"$bench" scenario 40 "$work/pause.json" --pause-after 20 >/dev/null
start_emulator --scenario "$work/pause.json"
run_pane "$bin follow --endpoint-url $endpoint --instance-id 5d1b0c4e-7a2f-4e61-9c3d-8f2a6b1e0d47 --contact-id c0ffee00-1234-4abc-8def-0123456789ab"
wait_for "00:57"   # the 20th turn: the call is now quiet for an hour
sleep 1
measure "follow, live call paused (polling 1/s)"
