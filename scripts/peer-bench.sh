#!/usr/bin/env bash
# Question -> evidence against the peer users would pick instead, side by
# side in one run on one Neo4j holding the real corpus: kgassist's
# retrieval (BenchmarkRetrieveCorpus: both stores, evidence cache off),
# then neo4j-graphrag 1.22.0's HybridRetriever and HybridCypherRetriever
# over the graph and question vectors that benchmark leaves. Not run by
# the test suite: it needs a server and PyPI (once, for the venv).
#
#   KGASSIST_NEO4J_URI=bolt://127.0.0.1:7687 scripts/peer-bench.sh [ROUNDS]
#
# The venv lives in $KGASSIST_CACHE/graphrag-venv (default .cache/).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
: "${KGASSIST_NEO4J_URI:?set KGASSIST_NEO4J_URI to a server started with scripts/neo4j.sh}"
rounds=${1:-10}
venv="${KGASSIST_CACHE:-.cache}/graphrag-venv"
if [[ ! -x $venv/bin/python ]] || ! "$venv/bin/python" -c 'import neo4j_graphrag' 2>/dev/null; then
	python3 -m venv "$venv"
	"$venv/bin/pip" install -q 'neo4j-graphrag==1.22.0'
fi
vectors=$(mktemp)
trap 'rm -f "$vectors"' EXIT
KGASSIST_BENCH_VECTORS=$vectors go test -run '^$' -bench 'BenchmarkRetrieveCorpus' -benchtime 400x -timeout 30m -v ./cmd/kgassist |
	grep -E '^(Benchmark|FAIL|ok|---)|per question'
"$venv/bin/python" scripts/graphrag_bench.py "$vectors" "$rounds"
