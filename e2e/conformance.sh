#!/usr/bin/env bash
# Drives each of the six real clients (boto3, the AWS CLI v1 and v2, the AWS SDK for JavaScript v2, the AWS SDK for
# Java v1, the AWS SDK for Ruby v1) through the conformance scenario against the packaged jar, each against a fresh
# emulator, and prints the total as "N passed, N failed". With --record DIR, each client's exchanges are recorded into DIR/<client>
# as a wire-sample session (seed 1, clock frozen at 2026-01-01T00:00:00Z).
#
# Usage: e2e/conformance.sh [--record DIR]    (run from the repository root, after mvn package)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/importexport-emulator.jar
record=""
if [ "${1:-}" = "--record" ]; then record="$2"; fi
cache=.e2e-cache
mkdir -p "$cache"

# The AWS SDK for JavaScript v2, pinned, installed once into the cache folder.
if [ ! -d "$cache/node/node_modules/aws-sdk" ]; then
  npm install --silent --no-audit --no-fund --prefix "$cache/node" aws-sdk@2.1693.0 >/dev/null
fi
# The AWS SDK for Java v1 and its dependencies, as the project's test classpath resolves them.
if [ ! -s "$cache/java-sdk.classpath" ]; then
  mvn -B -q -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cache/java-sdk.classpath" >/dev/null
fi

total_passed=0
total_failed=0
# Starts the jar with the given options; sets url and pid.
start_emulator() {
  local out; out=$(mktemp)
  java -jar "$jar" --port 0 "$@" >"$out" 2>/dev/null &
  pid=$!
  url=""
  for _ in $(seq 1 300); do
    url=$(grep -o 'http://[^ ]*' "$out" || true)
    [ -n "$url" ] && break
    sleep 0.1
  done
  rm -f "$out"
}

run_client() {
  local client=$1; shift
  local options=(--seed 1 --clock 2026-01-01T00:00:00Z)
  if [ -n "$record" ]; then rm -rf "${record:?}/$client"; options+=(--record-dir "$record/$client"); fi
  start_emulator "${options[@]}"
  local result; result=$(mktemp)
  "$@" "$url" | tee "$result" || true
  kill "$pid"; wait "$pid" 2>/dev/null || true
  local summary; summary=$(tail -n 1 "$result")
  if [[ "$summary" =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
    total_passed=$((total_passed + BASH_REMATCH[1])); total_failed=$((total_failed + BASH_REMATCH[2]))
  else
    echo "FAIL $client: the scenario did not finish"; total_failed=$((total_failed + 1))
  fi
  rm -f "$result"
}

run_client boto3 python3 e2e/conformance/boto3_scenario.py
run_client awscli python3 e2e/conformance/boto3_scenario.py --cli
run_client awscli-v2 python3 e2e/conformance/boto3_scenario.py --cli-v2
run_client js-sdk-v2 env NODE_PATH="$cache/node/node_modules" AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE=1 node e2e/conformance/js_scenario.js
run_client java-sdk-v1 java -cp "$(cat "$cache/java-sdk.classpath")" e2e/conformance/JavaScenario.java

# The AWS SDK for Ruby v1 also checks strict mode, against a second emulator that knows the example key.
credentials=$(mktemp)
printf '{"accounts": [{"accountId": "111111111111", "keys": [{"accessKeyId": "AKIAIOSFODNN7EXAMPLE", "secretAccessKey": "%s"}]}]}' \
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' >"$credentials"
start_emulator --auth strict --credentials "$credentials"
strict_pid=$pid
run_client ruby-sdk-v1 env STRICT_URL="$url" ruby e2e/conformance/ruby_scenario.rb
kill "$strict_pid"; wait "$strict_pid" 2>/dev/null || true
rm -f "$credentials"

echo "conformance: $total_passed passed, $total_failed failed"
[ "$total_failed" -eq 0 ]
