# Sourced by scripts/neo4j.sh and scripts/llm.sh: the life cycle of the
# local server each runs in the background. The caller sets name (for
# messages), pidfile and logfile, and defines answers(), true once the
# server answers requests.

running() {
	[[ -f $pidfile ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

# await WHERE CHECK: waits up to KGASSIST_START_WAIT seconds (default 300:
# a JVM starting beside a busy build can take minutes) for the command CHECK
# to succeed, then prints WHERE (the address callers connect to). A server
# that exits meanwhile shows the end of its log.
await() {
	local where=$1 check=$2 wait=${KGASSIST_START_WAIT:-300}
	for _ in $(seq 1 $((wait * 2))); do
		if $check; then
			echo "$where"
			return
		fi
		if ! running; then
			echo "$name: server exited during start; last lines of $logfile:" >&2
			tail -n 30 "$logfile" >&2
			exit 1
		fi
		sleep 0.5
	done
	echo "$name: no answer on $where after $wait s; see $logfile" >&2
	exit 1
}

# halt TRIES PAUSE [FILE...]: asks the server to stop, checks TRIES times
# PAUSE seconds apart before killing it, and removes the pid file and the
# FILEs.
halt() {
	local tries=$1 pause=$2
	shift 2
	if ! running; then
		rm -f "$pidfile" "$@"
		echo "$name: not running"
		return
	fi
	local pid
	pid=$(cat "$pidfile")
	kill -TERM "$pid"
	for _ in $(seq 1 "$tries"); do
		kill -0 "$pid" 2>/dev/null || break
		sleep "$pause"
	done
	if kill -0 "$pid" 2>/dev/null; then
		kill -KILL "$pid"
	fi
	rm -f "$pidfile" "$@"
	echo "$name: stopped"
}

# report WHERE: says whether the server runs and answers on WHERE; exits
# 1 when it runs without answering, 3 when it does not run.
report() {
	if running && answers; then
		echo "$name: running (pid $(cat "$pidfile")) on $1"
	elif running; then
		echo "$name: starting or not answering (pid $(cat "$pidfile")); see $logfile"
		exit 1
	else
		echo "$name: not running"
		exit 3
	fi
}
