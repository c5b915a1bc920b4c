#!/usr/bin/env bash
# Coverage-guided fuzzing of the page decoder and the store with libFuzzer (the toolchain's
# -sanitize=fuzzer, plus AddressSanitizer): `scripts/libfuzz.sh [seconds, default 600]`.
# Seeds: the API pages among the test fixtures; new inputs are kept in .build-libfuzz/corpus,
# a crash or broken invariant leaves its input as .build-libfuzz/crash-*.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
scratch=.build-libfuzz
swift build -c release --scratch-path "$scratch" --product LensLibFuzzer \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DLIBFUZZER \
  -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld >/dev/null   # gold fails on the sanitizers' objects
mkdir -p "$scratch/corpus" "$scratch/seeds"
for f in Tests/*/Fixtures/*.json Tests/*/Fixtures/*/*.json; do
  grep -q '"Segments"' "$f" 2>/dev/null && cp "$f" "$scratch/seeds/" || true
done
cd "$scratch"
exec ./release/LensLibFuzzer -max_total_time="$seconds" -max_len=65536 -print_final_stats=1 \
  -artifact_prefix=./ corpus seeds
