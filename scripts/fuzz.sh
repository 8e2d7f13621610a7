#!/usr/bin/env bash
# Runs every Go fuzz target in the module for N seconds each (default 10)
# and prints one line per target: package, target, result, seconds.
# Usage: scripts/fuzz.sh [seconds]
set -u
secs="${1:-10}"
cd "$(dirname "$0")/.."
fail=0
while IFS=: read -r file name; do
	pkg="./$(dirname "$file")"
	start=$(date +%s)
	log=$(go test "$pkg" -run '^$' -fuzz "^${name}\$" -fuzztime "${secs}s" -parallel 2 2>&1)
	rc=$?
	took=$(( $(date +%s) - start ))
	execs=$(printf '%s\n' "$log" | grep -o 'execs: [0-9]*' | tail -1 | cut -d' ' -f2)
	if [ $rc -eq 0 ]; then res=ok; else res=FAIL; fail=1; fi
	printf '%-28s %-26s %-4s %4ss execs=%s\n' "$pkg" "$name" "$res" "$took" "${execs:-?}"
	[ $rc -ne 0 ] && printf '%s\n' "$log" | tail -8
done < <(grep -rHo --include='*_test.go' '^func Fuzz[A-Za-z0-9_]*' . | sed 's|^\./||; s|:func |:|')
exit $fail
