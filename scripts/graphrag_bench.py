"""Times neo4j-graphrag's hybrid retrievers on the graph kgassist wrote.

Run by scripts/peer-bench.sh (and scripts/bench.sh) right after
BenchmarkRetrieveCorpus, which leaves the real corpus in Neo4j and writes
each question's embedding (kgassist's own embedder) to the file given as
the first argument. Each search gets its vector as query_vector, so both
tools search the same chunks with the same vectors and no embedding time
is counted on either side. The retrievers use kgassist's chunk fulltext and
vector indexes; HybridCypherRetriever adds one hop to the entities a chunk
mentions.

    graphrag_bench.py VECTORS.json [ROUNDS]

Prints one line per retriever: p50 and p99 in milliseconds over every
question of every round, after one warm-up round.
"""

import json
import os
import statistics
import sys
import time

import neo4j
from neo4j_graphrag.retrievers import HybridCypherRetriever, HybridRetriever


def timed(retriever, questions, vectors, rounds):
    for q in questions:
        retriever.search(query_text=q, query_vector=vectors[q], top_k=10)
    lat = []
    for _ in range(rounds):
        for q in questions:
            t0 = time.perf_counter()
            retriever.search(query_text=q, query_vector=vectors[q], top_k=10)
            lat.append((time.perf_counter() - t0) * 1000)
    lat.sort()
    return statistics.median(lat), lat[int(len(lat) * 0.99) - 1]


def main():
    rows = json.load(open(sys.argv[1]))
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    vectors = {r["question"]: r["vector"] for r in rows}
    questions = [r["question"] for r in rows]
    uri = os.environ["KGASSIST_NEO4J_URI"]
    auth = (os.environ.get("KGASSIST_NEO4J_USER", "neo4j"), os.environ.get("KGASSIST_NEO4J_PASSWORD", "kgassist-dev"))
    with neo4j.GraphDatabase.driver(uri, auth=auth) as driver:
        hybrid = HybridRetriever(driver, "kg_chunk_embedding", "kg_chunk_seg",
                                 return_properties=["id", "text"])
        cypher = HybridCypherRetriever(
            driver, "kg_chunk_embedding", "kg_chunk_seg",
            "OPTIONAL MATCH (node)-[:MENTIONS]->(e:Entity) "
            "RETURN node.id AS id, node.text AS text, score, collect(e.name) AS entities")
        for name, r in [("HybridRetriever", hybrid), ("HybridCypherRetriever", cypher)]:
            p50, p99 = timed(r, questions, vectors, rounds)
            print(f"graphrag {name:<22} {len(questions)} questions x {rounds}: p50 {p50:.2f} ms, p99 {p99:.2f} ms")


if __name__ == "__main__":
    main()
