#!/usr/bin/env bash
# Re-makes screenshots/*.png: runs the real lenstail in tmux, captures the pane with its colours
# and renders it with scripts/render_pane.py. Needs tmux, pyte, Pillow and fonts-dejavu-core.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -n "${SKIP_BUILD:-}" ] || swift build --product lenstail >/dev/null
bin="$PWD/.build/debug/lenstail"
out="$PWD/screenshots"
mkdir -p "$out"
server="lenstail-shots-$$"
sim=
trap 'tmux -L "$server" kill-server 2>/dev/null || true; [ -z "$sim" ] || kill "$sim" 2>/dev/null || true' EXIT

# start NAME COLS ROWS ARGS…: a fresh pane running lenstail.
start() {
  local cols=$2 rows=$3; shift 3
  tmux -L "$server" kill-server 2>/dev/null || true
  tmux -L "$server" -f /dev/null new-session -d -x "$cols" -y "$rows" -e TERM=tmux-256color \
    "$bin $*; sleep 600"
}

# wait_for PATTERN: poll the pane until it shows PATTERN (20 s at most; WAIT_TENTHS=N for N/10 s).
wait_for() {
  for _ in $(seq 1 "${WAIT_TENTHS:-200}"); do
    tmux -L "$server" capture-pane -p | grep -qF -- "$1" && return 0
    sleep 0.1
  done
  echo "screenshots: timed out waiting for '$1'" >&2
  tmux -L "$server" capture-pane -p >&2
  return 1
}

keys() { tmux -L "$server" send-keys "$@"; sleep 0.3; }

# shot NAME COLS ROWS: capture the pane with colours and render it.
shot() {
  tmux -L "$server" capture-pane -e -p -N > "$out/.$1.txt"
  python3 scripts/render_pane.py "$out/.$1.txt" "$2" "$3" "$out/$1.png"
  rm -f "$out/.$1.txt"
  echo "screenshots/$1.png"
}

# The supervisor's wall (`scripts/screenshots.sh wall` makes only these).
wall_shots() {
  # The queue strip under the header, and the escalating call's row once Sam has transferred it.
  start wall 170 22 demo --wall --speed 3
  wait_for "ana.lima"
  wait_for "with alerts"
  WAIT_TENTHS=1200 wait_for "↪ from"
  sleep 1
  shot wall 170 22
  keys k k k k k k k k k Enter
  wait_for "back to the wall"
  sleep 1
  shot wall-opened 170 22
}
if [ "${1:-}" = wall ]; then wall_shots; exit 0; fi

# The built-in chat, through the chat API (`scripts/screenshots.sh chat` makes only this).
chat_shots() {
  start chat 120 30 demo --chat --speed 4
  wait_for "Summary · COMPLETED"
  sleep 0.5
  shot chat 120 30
}
if [ "${1:-}" = chat ]; then chat_shots; exit 0; fi

# Looking back (`scripts/screenshots.sh lookback` makes only these): the history demo's search
# list, and the demo call opened from its post-contact analysis file in the emulator's S3 as
# `replay --from-s3` opens it (README's own example), the post-contact panel beside it.
lookback_shots() {
  start search 140 30 demo --history
  wait_for "order: newest first"
  sleep 1
  shot search 140 30
  local log port=
  log=$(mktemp)
  AWS_ACCESS_KEY_ID=AKIALENSTAILDEMO0001 AWS_SECRET_ACCESS_KEY=lenstail-demo-secret-key-local-simulator-only \
    "$bin" simulate --port 0 --speed instant --no-rate-limit >"$log" 2>&1 &
  sim=$!
  for _ in $(seq 1 200); do
    port=$(grep -o '127\.0\.0\.1:[0-9]*' "$log" | head -1 | cut -d: -f2) && [ -n "$port" ] && break
    sleep 0.1
  done
  [ -n "$port" ] || { echo "screenshots: lenstail simulate did not start:" >&2; cat "$log" >&2; return 1; }
  (
    export AWS_ACCESS_KEY_ID=AKIALENSTAILDEMO0001 AWS_SECRET_ACCESS_KEY=lenstail-demo-secret-key-local-simulator-only
    start post-call 120 36 replay --instance-id 6f0c5a1e-3d2b-4c8e-9a71-2b5e8d4f0c3a \
      --contact-id b7e41c92-58da-4f06-8c3e-91a2d6f5e047 --from-s3 --endpoint-url "http://127.0.0.1:$port" --region us-east-1 --speed instant
  )
  wait_for "Post-contact analysis"
  sleep 0.5
  shot post-call 120 36
  kill "$sim"
  sim=
  rm -f "$log"
}
if [ "${1:-}" = lookback ]; then lookback_shots; exit 0; fi

start live 120 36 demo --speed 6
wait_for "01:06"
shot live-call 120 36
keys c
shot filtered-customer 120 36
keys A
keys / ; keys -l refund ; keys Enter
shot search-in-call 120 36
keys Escape
keys '?'
shot help 120 36

start done 120 40 demo --speed 60
wait_for "COMPLETED"
sleep 0.5
shot completed-with-summary 120 40

calls=$(mktemp -d)
"$bin" demo --speed 200 --max-rate 50 --poll-interval 0.05 --output text --record "$calls/demo.jsonl" >/dev/null 2>&1
(cd "$calls" && start replay 120 36 replay demo.jsonl --speed 8)  # the session starts in $calls
wait_for "01:1"
keys Space
shot replay-paused 120 36
rm -rf "$calls"

start narrow 64 30 demo --speed 8
wait_for "00:47"
shot narrow-terminal 64 30

wall_shots
chat_shots
lookback_shots
