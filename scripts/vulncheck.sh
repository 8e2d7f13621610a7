#!/usr/bin/env bash
# Checks the module's dependencies and the standard library for known
# vulnerabilities in code kgassist calls, with govulncheck.
#
# The vulnerability database defaults to https://vuln.go.dev; set
# KGASSIST_VULNDB to a file:// URL (a copy made with
# `git clone https://go.googlesource.com/vulndb` and its published JSON)
# for machines without that access. When the database cannot be reached the
# script says so and exits 0: no check was made, and no finding is claimed.
# Exit status 3 means govulncheck found vulnerabilities in called code.
set -u
cd "$(dirname "$0")/.."
version=v1.9.0
db="${KGASSIST_VULNDB:-https://vuln.go.dev}"
case "$db" in
file://*)
	if [ ! -d "${db#file://}" ]; then
		echo "vulncheck: SKIPPED: no vulnerability database at ${db#file://}"
		exit 0
	fi ;;
http*)
	if ! curl -fsS -m 10 -o /dev/null "$db/index/db.json.gz" 2>/dev/null && ! curl -fsS -m 10 -o /dev/null "$db/index/db.json" 2>/dev/null; then
		echo "vulncheck: SKIPPED: vulnerability database $db unreachable; set KGASSIST_VULNDB=file:///path/to/vulndb"
		exit 0
	fi ;;
esac
echo "vulncheck: govulncheck $version against $db"
exec go run "golang.org/x/vuln/cmd/govulncheck@$version" -db "$db" ./...
