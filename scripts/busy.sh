#!/usr/bin/env bash
# Runs a command while every core is kept busy by another process, to prove a suite passes on a
# loaded machine: `bash scripts/busy.sh npm test` (or `npm run test:busy`). One spinning node
# process per core (`BUSY_LOOPS` overrides), started before the command and stopped after it,
# whatever it exits with. Prints the wall time and the command's exit code.
set -uo pipefail
loops=${BUSY_LOOPS:-$(nproc)}
pids=()
stop() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done; }
trap stop EXIT INT TERM
for _ in $(seq "$loops"); do
  node -e 'for (;;) {}' &
  pids+=("$!")
done
printf 'busy: %s spinning node processes (%s)\n' "$loops" "${pids[*]}"
started=$(date +%s)
"$@"
status=$?
printf 'busy: the command took %ss with every core busy and exited %s\n' "$(( $(date +%s) - started ))" "$status"
exit "$status"
