#!/usr/bin/env bash
# Runs kgassist's benchmarks side by side in one process per package and
# prints one table. Ratios between rows of one run are what to compare:
# absolute figures move with the machine's load.
#
#   scripts/bench.sh            everything (Neo4j rows when KGASSIST_NEO4J_URI is set)
#   scripts/bench.sh quick      smaller generated corpora, for a first look
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
docs=10000
benchtime=1x
if [[ ${1:-} == quick ]]; then
	docs=1000
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
run() { go test -run '^$' "$@" 2>&1 | tee -a "$out" | grep -E '^(Benchmark|FAIL|ok|---)' >&2 || true; }

run -bench 'BenchmarkWrite' -benchtime 3x ./kg/sqlite
run -bench 'BenchmarkRead' -benchtime 200x ./kg/sqlite
run -bench 'BenchmarkIngestDemo' -benchtime 3x ./ingest
KGASSIST_BENCH_DOCS=$docs run -bench 'BenchmarkIngestGenerated' -benchtime $benchtime -timeout 60m ./ingest
run -bench 'BenchmarkRetrieve' -benchtime 500x -timeout 30m ./retrieval
run -bench 'BenchmarkAskHTTP' -benchtime 2000x ./cmd/kgassist
if [[ -n ${KGASSIST_NEO4J_URI:-} ]]; then
	run -bench '.' -benchtime 1x -timeout 60m ./kg/neo4j
	# The store against a hand-written UNWIND in groups, as a folder import writes.
	run -bench 'Import' -benchtime 1x -timeout 60m ./kg/neo4j -neo4j.docs=1000 -neo4j.group=32 -neo4j.naive=10
	# Embedded store and Neo4j side by side: the real corpus and $docs
	# generated documents, then question -> evidence on the real corpus.
	KGASSIST_BENCH_DOCS=$docs run -bench 'BenchmarkIngestStores' -benchtime 1x -timeout 120m ./cmd/kgassist
	# Question -> evidence on the demo corpus, both stores; Neo4j with a
	# question's reads together and one call per read, side by side.
	run -bench 'BenchmarkRetrieveStores' -benchtime 150x -timeout 30m ./cmd/kgassist
	vectors=$(mktemp)
	KGASSIST_BENCH_VECTORS=$vectors run -bench 'BenchmarkRetrieveCorpus' -benchtime 400x -timeout 30m ./cmd/kgassist
	# neo4j-graphrag's hybrid retrievers over the graph and questions the
	# last benchmark left, from a venv made with
	#   python3 -m venv $KGASSIST_CACHE/graphrag-venv
	#   $KGASSIST_CACHE/graphrag-venv/bin/pip install 'neo4j-graphrag==1.22.0'   (scripts/peer-bench.sh makes it)
	venv="${KGASSIST_CACHE:-.cache}/graphrag-venv"
	if [[ -s $vectors && -x $venv/bin/python ]]; then
		"$venv/bin/python" scripts/graphrag_bench.py "$vectors" 10 | tee -a "$out" >&2
	fi
	rm -f "$vectors"
fi

echo
printf '%-44s %s\n' "benchmark" "figures"
grep -E '^Benchmark' "$out" | awk '{
	name=$1; sub(/-[0-9]+$/, "", name); line="";
	for (i = 3; i < NF; i += 2) line = line sprintf("%s %s  ", $i, $(i+1));
	printf "%-44s %s\n", name, line
}'
