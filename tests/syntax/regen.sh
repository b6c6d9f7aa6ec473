#!/usr/bin/env bash
# Regenerates the expected `.err` files from the reference mpy-cross (MPY_CROSS, or the
# oracle build in target/). Each `.err` is mpy-cross's stderr for that file, verbatim.
set -euo pipefail
cd "$(dirname "$0")"
MPY_CROSS="${MPY_CROSS:-../../target/oracle/bin/mpy-cross}"
for f in *.py; do
  base="${f%.py}"
  "$MPY_CROSS" -o /dev/null "$f" 2> "$base.err" >/dev/null && rc=0 || rc=$?
  if [ "$rc" = 0 ]; then echo "warning: $f compiled without error" >&2; fi
done
