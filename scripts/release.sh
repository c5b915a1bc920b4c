#!/usr/bin/env bash
# One file to install: builds lenstail as a static, stripped binary and packs it with the manual
# pages and shell completions into dist/lenstail-VERSION-linux-x86_64.tar.gz, beside a SHA-256 file
# (`sha256sum -c` checks it). A static release build from scratch takes 15-30 min on 2 cores.
#   scripts/release.sh [--out DIR] [--scratch-path DIR] [--binary FILE]
# The build has its own scratch path (.build-static) so .build-release is left as it is.
# --binary packs FILE instead of building (a stripped copy of it; the tests pack the debug build).
set -euo pipefail
usage="usage: $0 [--out DIR] [--scratch-path DIR] [--binary FILE]"
root=$(realpath -m "$(dirname "$0")/..")
out=$root/dist
scratch=$root/.build-static
bin=
while (($#)); do
  case $1 in
    --out | --scratch-path | --binary)
      [[ $# -ge 2 && -n $2 ]] || { echo "$0: $1 needs a path" >&2; exit 64; }
      case $1 in
        --out) out=$(realpath -m "$2") ;;
        --scratch-path) scratch=$(realpath -m "$2") ;;
        --binary) bin=$(realpath -m "$2") ;;
      esac
      shift 2 ;;
    -h | --help) echo "$usage"; exit 0 ;;
    *) echo "$0: unknown argument '$1' ($usage)" >&2; exit 64 ;;
  esac
done
[[ -z $bin || -x $bin ]] || { echo "$0: --binary $bin is not an executable file" >&2; exit 64; }
platform=$(uname -s)-$(uname -m)
[[ $platform == Linux-x86_64 ]] || { echo "$0: builds linux-x86_64 only, not $platform" >&2; exit 1; }
cd "$root"

if [[ -z $bin ]]; then
  # Swift's runtime and FoundationEssentials go inside the binary. SwiftPM already dead-strips release
  # executables (--gc-sections); `-s` drops symbols and debug information at link time, and
  # --no-export-dynamic the table of every symbol exported for dlopen (4.7 MB nothing looks up).
  link=(-Xlinker -s -Xlinker --no-export-dynamic)
  swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product lenstail "${link[@]}"
  bin=$(swift build -c release --static-swift-stdlib --scratch-path "$scratch" "${link[@]}" --show-bin-path)/lenstail
fi

# One name of full Foundation in any linked object brings all of it with ICU's data (44 MB) into
# the static binary; FullFoundationTests keeps them out of the sources, this keeps them out of a release.
if grep -qa 'icudt[0-9]*l' "$bin"; then
  echo "$0: $bin carries ICU's data: a module links full Foundation (Docs/PERFORMANCE.md, one file to install)" >&2
  exit 1
fi
version=$("$bin" --version)
[[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+[A-Za-z0-9.+-]*$ ]] || { echo "$0: '$bin --version' said '$version'" >&2; exit 1; }
name=lenstail-$version-linux-x86_64
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
dir=$stage/$name
mkdir -p "$dir/man/man1" "$dir/completions" "$out"
cp "$bin" "$dir/lenstail"
strip "$dir/lenstail"  # nothing left to strip after -s; a --binary may still carry its symbols
cp Docs/man/*.1 "$dir/man/man1/"
cp README.md "$dir/"
"$bin" --generate-completion-script bash >"$dir/completions/lenstail.bash"
"$bin" --generate-completion-script zsh >"$dir/completions/_lenstail"
"$bin" --generate-completion-script fish >"$dir/completions/lenstail.fish"

# Fixed owner, order and times: the same inputs give the same bytes.
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 -C "$stage" -cf - "$name" | gzip -9n >"$out/$name.tar.gz"
(cd "$out" && sha256sum "$name.tar.gz" >"$name.tar.gz.sha256")
echo "$out/$name.tar.gz: $(du -k "$out/$name.tar.gz" | cut -f1) KB, the binary $(du -k "$dir/lenstail" | cut -f1) KB"
echo "$out/$name.tar.gz.sha256"
