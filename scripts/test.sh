#!/usr/bin/env bash
# Runs the whole kgassist test suite with the real dependencies it needs:
# a local Neo4j server (scripts/neo4j.sh) for the Neo4j store tests and a
# local model server (scripts/llm.sh) for the real-model tests.
# Extra arguments go to `go test` (e.g. -run, -v).
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

if command -v java >/dev/null && command -v mvn >/dev/null; then
	KGASSIST_NEO4J_URI=$(scripts/neo4j.sh start)
	export KGASSIST_NEO4J_URI
	export KGASSIST_NEO4J_USER=neo4j
	export KGASSIST_NEO4J_PASSWORD="${KGASSIST_NEO4J_PASSWORD:-kgassist-dev}"
	echo "test.sh: Neo4j at $KGASSIST_NEO4J_URI"
else
	echo "test.sh: Java 17 and Maven not found: Neo4j store tests will be skipped"
fi

# The real-model tests use the local model server. It is started here once
# installed (.ci/run installs it: a 10-minute build the first time).
if [[ -n ${KGASSIST_LLM_URL:-} ]]; then
	echo "test.sh: local model at $KGASSIST_LLM_URL"
elif [[ -n ${CI:-} ]] || scripts/llm.sh installed; then
	KGASSIST_LLM_URL=$(scripts/llm.sh start)
	export KGASSIST_LLM_URL
	echo "test.sh: local model at $KGASSIST_LLM_URL"
else
	echo "test.sh: local model not installed (scripts/llm.sh start): real-model tests will be skipped"
fi

if command -v node >/dev/null; then scripts/npm-openai.sh || echo "test.sh: the openai npm package could not be installed"; fi

go test -count=1 -timeout 30m "$@" ./...
