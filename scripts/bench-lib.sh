# Shared by scripts/bench-*.sh: the release binaries, a loopback emulator, CPU time of a process.
bin=${LENSTAIL:-$PWD/.build-release/release/lenstail}
bench=${LENSBENCHMARKS:-$PWD/.build-release/release/LensBenchmarks}
# A script that needs no LensBenchmarks sets need_bench= before sourcing this.
for b in "$bin" ${need_bench-"$bench"}; do
  [[ -x $b ]] || { echo "missing $b: swift build -c release --scratch-path .build-release --product lenstail (and LensBenchmarks)" >&2; exit 1; }
done
work=$(mktemp -d)
sim_pid=

# Made-up keys: the emulator accepts the ones in its environment, the clients sign with them.
export AWS_ACCESS_KEY_ID=AKIDLENSBENCH0000001 AWS_SECRET_ACCESS_KEY=lens-bench-local-secret AWS_REGION=us-east-1 AWS_DEFAULT_REGION=us-east-1
unset AWS_SESSION_TOKEN AWS_PROFILE

# start_emulator ARGS…: runs `lenstail simulate --port 0 ARGS…` and sets $endpoint.
start_emulator() {
  "$bin" simulate --port 0 "$@" 2>"$work/sim.err" >/dev/null &
  sim_pid=$!
  for _ in $(seq 1 300); do
    port=$(sed -n 's|.*listening on http://127.0.0.1:\([0-9]*\).*|\1|p' "$work/sim.err")
    [[ -n $port ]] && { endpoint="http://127.0.0.1:$port"; return 0; }
    sleep 0.1
  done
  echo "the emulator did not start:" >&2; cat "$work/sim.err" >&2; return 1
}

stop_emulator() { [[ -n $sim_pid ]] && kill "$sim_pid" 2>/dev/null; wait "$sim_pid" 2>/dev/null || true; sim_pid=; }

# cpu_ticks PID: utime + stime in clock ticks (fields 14 and 15 of /proc/PID/stat).
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# wakeups PID: context switches of all the process's threads so far (each is a thread waking up,
# or being switched out while it runs).
wakeups() { cat /proc/"$1"/task/*/status | awk '/_ctxt_switches/ { n += $2 } END { print n }'; }

# now: seconds since the epoch with nanoseconds.
now() { date +%s.%N; }
