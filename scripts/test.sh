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

# The real-model tests use the local model server, installed on first use
# (a build of about 10 minutes on two cores, then cached). Outside CI a
# failed install only skips those tests, saying why; under CI it fails.
if [[ -n ${KGASSIST_LLM_URL:-} ]]; then
	echo "test.sh: local model at $KGASSIST_LLM_URL"
elif KGASSIST_LLM_URL=$(scripts/llm.sh start); then
	export KGASSIST_LLM_URL
	echo "test.sh: local model at $KGASSIST_LLM_URL"
elif [[ -n ${CI:-} ]]; then
	echo "test.sh: the local model server could not be started (scripts/llm.sh start)" >&2
	exit 1
else
	unset KGASSIST_LLM_URL
	echo "test.sh: the local model server could not be started (scripts/llm.sh start): real-model tests will be skipped"
fi

if command -v node >/dev/null; then scripts/npm-openai.sh || echo "test.sh: the openai npm package could not be installed"; fi

go test -count=1 -timeout 60m "$@" ./...
