#!/usr/bin/env bash
# Regenerates Docs/man/*.1 from the commands' help (swift-argument-parser's generate-manual
# plugin), then scripts/man_displays.py keeps examples as written and paragraphs as mdoc wants
# them (no `groff -mdoc -ww` warnings). ManPageTests checks the pages against the help.
set -euo pipefail
cd "$(dirname "$0")/.."
swift package plugin generate-manual --configuration debug --multi-page >/dev/null
cp .build/plugins/GenerateManual/outputs/lenstail/*.1 Docs/man/
python3 scripts/man_displays.py Docs/man/*.1
ls Docs/man/*.1
