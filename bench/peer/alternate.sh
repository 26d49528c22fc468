#!/usr/bin/env bash
# Two builds of the service, run in turns against the wrk harness of ../shared/peers/botbuilder-js/, so that both
# meet the same load on a shared machine. Each run starts the build on a fresh data folder, waits for /health, makes
# 200 conversations, warms the process up with 5 s of load (not counted: the JIT's work), then runs
# `run.sh chatapi` on the same conversations (64 connections) and prints one line with wrk's figures and the
# service's CPU time per turn over that run, all of it and its writer thread's (from /proc), which a busy machine
# moves less than turns per second.
#
# Usage, from the repository root (each build made with `dotnet build src/ChatBot.Host -c Release`):
#   bench/peer/alternate.sh BEFORE_DLL AFTER_DLL [ROUNDS=3] [DURATION=20s]
# Rate limits are off for the run (one address plays every user). The model is trained once into a shared cache
# (MODELS, a folder of its own unless given).
set -euo pipefail

if [ $# -lt 2 ]; then
  sed -n '2,11p' "$0" >&2
  exit 2
fi
BEFORE=$1 AFTER=$2 ROUNDS=${3:-3} DURATION=${4:-20s}
HARNESS=$(cd "$(dirname "$0")/../../../shared/peers/botbuilder-js" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
MODELS=${MODELS:-$WORK/models}
PORT=${PORT:-5391}
URL=http://127.0.0.1:$PORT

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# The CPU time of the one writer's thread (docs/storage.md, "The group commit"), found by its name.
writer_ticks() {
  local task
  for task in /proc/"$1"/task/*; do
    if [ "$(cat "$task/comm")" = "ChatBot writer" ]; then
      awk '{ print $14 + $15 }' "$task/stat"
      return
    fi
  done
  echo 0
}

run_once() {
  local name=$1 dll=$2 round=$3
  local data=$WORK/$name-$round
  dotnet "$dll" --urls "$URL" --ChatBot:DataDir="$data" --ChatBot:ModelDir="$MODELS" \
    --Web:RateLimit:PerAddressPerMinute=0 --Web:RateLimit:PerConversationPerMinute=0 >"$data.log" 2>&1 &
  local pid=$!
  for _ in $(seq 600); do
    curl -sf "$URL/health" >/dev/null && break
    sleep 0.5
  done
  local before after writer_before writer_after result requests
  python3 "$HARNESS/make_conversations.py" "$URL" 200 "$data.conversations" >/dev/null
  CONV_FILE=$data.conversations "$HARNESS/run.sh" chatapi "$URL" 5s >/dev/null
  before=$(cpu_ticks "$pid")
  writer_before=$(writer_ticks "$pid")
  result=$(CONV_FILE=$data.conversations "$HARNESS/run.sh" chatapi "$URL" "$DURATION" | grep '^RESULT')
  after=$(cpu_ticks "$pid")
  writer_after=$(writer_ticks "$pid")
  kill "$pid"
  wait "$pid" || true
  requests=$(printf '%s' "$result" | sed -E 's/.* requests=([0-9]+).*/\1/')
  printf '%-6s round=%s %s cpu_ms_per_turn=%.2f writer_ms_per_turn=%.2f load=%s\n' "$name" "$round" "${result#RESULT }" \
    "$(echo "($after - $before) * 1000 / $(getconf CLK_TCK) / $requests" | bc -l)" \
    "$(echo "($writer_after - $writer_before) * 1000 / $(getconf CLK_TCK) / $requests" | bc -l)" "$(cut -d' ' -f1 /proc/loadavg)"
}

for round in $(seq "$ROUNDS"); do
  run_once before "$BEFORE" "$round"
  run_once after "$AFTER" "$round"
done
