#!/usr/bin/env bash
# Runs a local Neo4j 5.26 Community server for kgassist development and CI,
# built from Maven Central with the machine's Java 17: no Docker, no install.
#
#   scripts/neo4j.sh start    resolve jars (first run), start, wait for Bolt, print the URI
#   scripts/neo4j.sh stop     stop the server
#   scripts/neo4j.sh status   say whether it runs and answers
#
# Environment:
#   KGASSIST_CACHE            cache folder (default: <repo>/.cache); data in $KGASSIST_CACHE/neo4j
#   KGASSIST_NEO4J_PASSWORD   password of user neo4j (default: kgassist-dev)
#   KGASSIST_NEO4J_PORT       Bolt port on 127.0.0.1 (default: 7687)
#   KGASSIST_NEO4J_HEAP       JVM heap (default: 1g)
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
src="$repo/scripts/neo4j"
cache="${KGASSIST_CACHE:-$repo/.cache}/neo4j"
port="${KGASSIST_NEO4J_PORT:-7687}"
password="${KGASSIST_NEO4J_PASSWORD:-kgassist-dev}"
heap="${KGASSIST_NEO4J_HEAP:-1g}"
pidfile="$cache/neo4j.pid"
logfile="$cache/neo4j.log"
ready="$cache/ready"
uri="bolt://127.0.0.1:$port"
name=neo4j

# shellcheck source=daemon.sh
source "$repo/scripts/daemon.sh"

answers() { (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; }

# The launcher writes $ready once the database is up, before which Bolt
# may already accept connections.
ready_and_answers() { [[ -f $ready ]] && answers; }

# Jars are resolved once per pom: a changed pom (a new patch release)
# resolves again, an unchanged one starts without touching the network.
resolve() {
	local stamp="$cache/lib/.pom.sha256" sum
	sum=$(sha256sum "$src/pom.xml" | cut -d' ' -f1)
	if [[ -f $stamp && $(cat "$stamp") == "$sum" ]]; then
		return
	fi
	# Maven's output goes to stderr: stdout carries only the URI, for
	# callers that capture it.
	echo "neo4j: resolving jars from Maven Central into $cache/lib" >&2
	rm -rf "$cache/lib"
	mkdir -p "$cache"
	# Maven's own output only matters when it fails; test logs stay readable.
	if ! mvn -q -B -Dstyle.color=never -f "$src/pom.xml" -Dmaven.repo.local="$cache/m2" \
		dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$cache/lib" >"$cache/mvn.log" 2>&1; then
		cat "$cache/mvn.log" >&2
		exit 1
	fi >&2
	echo "$sum" >"$stamp"
}

compile() {
	local classes="$cache/classes" launcher="$src/src/main/java/kgassist/Launcher.java"
	if [[ -f $classes/kgassist/Launcher.class && $classes/kgassist/Launcher.class -nt $launcher &&
		$classes/kgassist/Launcher.class -nt $cache/lib/.pom.sha256 ]]; then
		return
	fi
	rm -rf "$classes"
	mkdir -p "$classes"
	javac -nowarn -encoding UTF-8 -d "$classes" -cp "$cache/lib/*" "$launcher"
}

start() {
	if answers && running; then
		echo "$uri"
		return
	fi
	if answers; then
		echo "neo4j: port $port is taken by another process" >&2
		exit 1
	fi
	mkdir -p "$cache"
	resolve
	compile
	rm -f "$ready"
	nohup java -Xms256m -Xmx"$heap" -XX:+UseG1GC -Dfile.encoding=UTF-8 \
		-cp "$cache/classes:$cache/lib/*" kgassist.Launcher \
		"$cache/home" "127.0.0.1:$port" "$password" "$ready" >"$logfile" 2>&1 </dev/null &
	echo $! >"$pidfile"
	await "$uri" ready_and_answers
}

# A clean shutdown checkpoints the store; give it a minute before forcing.
stop() { halt 120 0.5 "$ready"; }

status() { report "$uri"; }

case "${1:-}" in
start) start ;;
stop) stop ;;
status) status ;;
*)
	echo "usage: $0 start|stop|status" >&2
	exit 2
	;;
esac
