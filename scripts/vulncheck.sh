#!/usr/bin/env bash
# Checks the module's dependencies and the standard library for known
# vulnerabilities in code kgassist calls, with govulncheck.
#
# Database: KGASSIST_VULNDB (a file:// or https:// URL) when set; else
# https://vuln.go.dev when it answers; else a local copy built from the
# golang.org/x/vulndb module that the Go module proxy serves (its OSV files,
# indexed with the project's own indexdb), cached under .cache/vulndb for a
# day. The scan uses the release toolchain (KGASSIST_RELEASE_GO, default
# go1.26.10): that is the standard library the shipped binary contains.
#
# Findings in called code fail the check (exit 3) unless their id is in
# scripts/vulncheck-accepted.tsv with the reason kgassist is not affected.
set -u
cd "$(dirname "$0")/.."
version=v1.9.0
release_go="${KGASSIST_RELEASE_GO:-go1.26.10}"
cache="${KGASSIST_CACHE:-$PWD/.cache}"

local_db() {
	local out="$cache/vulndb"
	if [ -f "$out/index/db.json" ] && [ -n "$(find "$out/index/db.json" -mmin -1440 2>/dev/null)" ]; then
		echo "file://$out"
		return
	fi
	local info dir ver
	info=$(GOFLAGS=-mod=mod go mod download -json golang.org/x/vulndb@latest 2>/dev/null) || return 1
	dir=$(printf '%s' "$info" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
	ver=$(printf '%s' "$info" | sed -n 's/^[[:space:]]*"Version": "\(.*\)",$/\1/p')
	[ -d "$dir/data/osv" ] || return 1
	rm -rf "$out.new" && mkdir -p "$cache"
	(cd /tmp && go run "golang.org/x/vulndb/cmd/indexdb@$ver" -vulns "$dir/data/osv" -out "$out.new") >&2 || return 1
	echo "$ver" >"$out.new/VERSION"
	rm -rf "$out" && mv "$out.new" "$out"
	echo "file://$out"
}

db="${KGASSIST_VULNDB:-}"
if [ -z "$db" ]; then
	if curl -fsS -m 10 -o /dev/null https://vuln.go.dev/index/db.json.gz 2>/dev/null; then
		db=https://vuln.go.dev
	elif ! db=$(local_db); then
		echo "vulncheck: SKIPPED: neither vuln.go.dev nor the golang.org/x/vulndb module is reachable; set KGASSIST_VULNDB=file:///path/to/vulndb"
		exit 0
	fi
fi
case "$db" in
file://*) [ -d "${db#file://}" ] || { echo "vulncheck: SKIPPED: no vulnerability database at ${db#file://}"; exit 0; } ;;
esac
what="$db"
[ -f "${db#file://}/VERSION" ] && what="$db (golang.org/x/vulndb $(cat "${db#file://}/VERSION"))"
echo "vulncheck: govulncheck $version, $release_go, against $what"
json=$(mktemp)
trap 'rm -f "$json"' EXIT
GOTOOLCHAIN="$release_go" go run "golang.org/x/vuln/cmd/govulncheck@$version" -db "$db" -format json ./... >"$json" || {
	echo "vulncheck: govulncheck failed"; exit 1; }
python3 - "$json" scripts/vulncheck-accepted.tsv <<'PY'
import json, sys
raw, accepted_path = sys.argv[1], sys.argv[2]
accepted = {}
for line in open(accepted_path, encoding="utf-8"):
    if line.strip() and not line.startswith("#"):
        vid, reason = line.rstrip("\n").split("\t", 1)
        accepted[vid] = reason
dec, text, i, called, summary = json.JSONDecoder(), open(raw).read(), 0, {}, {}
while i < len(text):
    while i < len(text) and text[i].isspace():
        i += 1
    if i >= len(text):
        break
    obj, i = dec.raw_decode(text, i)
    if "osv" in obj:
        summary[obj["osv"]["id"]] = obj["osv"].get("summary", "")
    f = obj.get("finding")
    if f and f.get("trace") and f["trace"][0].get("function"):
        t = f["trace"][0]
        called.setdefault(f["osv"], (t.get("module", ""), f.get("fixed_version", "none")))
bad = 0
for vid, (mod, fixed) in sorted(called.items()):
    if vid in accepted:
        print(f"accepted  {vid}  {mod} (fixed: {fixed}): {accepted[vid]}")
    else:
        bad += 1
        print(f"FOUND     {vid}  {mod} (fixed: {fixed}): {summary.get(vid, '')}")
print(f"vulncheck: {len(called)} vulnerabilities in called code, {len(called) - bad} accepted with a reason, {bad} not")
sys.exit(3 if bad else 0)
PY
