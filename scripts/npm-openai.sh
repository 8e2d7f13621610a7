#!/usr/bin/env bash
# Installs OpenAI's official Node client, pinned, for the test that drives
# kgassist's /v1/chat/completions with it (server/openai_npm_test.go).
# Does nothing when that version is already there.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

version=6.49.0 # 7.x needs Node 22; this one runs on Node 20
dir="${KGASSIST_CACHE:-.cache}/node"
installed="$dir/node_modules/openai/package.json"

if [[ -f "$installed" ]] && grep -q "\"version\": \"$version\"" "$installed"; then
	exit 0
fi
mkdir -p "$dir"
npm install --prefix "$dir" "openai@$version" --no-audit --no-fund --no-save --loglevel=error >/dev/null
