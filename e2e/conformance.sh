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
# Starts the jar with the given options; sets url and pid, and with --https-port https_url and ca (its CA certificate).
start_emulator() {
  local out; out=$(mktemp)
  java -jar "$jar" --port 0 "$@" >"$out" 2>/dev/null &
  pid=$!
  url="" https_url="" ca=""
  for _ in $(seq 1 300); do
    url=$(grep -o 'http://[^ ]*' "$out" || true)
    https_url=$(grep -o 'https://[^;]*' "$out" || true)
    ca=$(grep -o '/[^ ]*-ca\.pem' "$out" || true)
    [ -n "$url" ] && { [[ " $* " != *" --https-port "* ]] || [ -n "$ca" ]; } && break
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
  tally "$client" "$result"
  rm -f "$result"
}

# tally CLIENT RESULT: adds a scenario's "N passed, N failed" to the totals; a scenario that did not finish is a failure
tally() {
  local summary; summary=$(tail -n 1 "$2")
  if [[ "$summary" =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
    total_passed=$((total_passed + BASH_REMATCH[1])); total_failed=$((total_failed + BASH_REMATCH[2]))
  else
    echo "FAIL $1: the scenario did not finish"; total_failed=$((total_failed + 1))
  fi
}

run_client boto3 python3 e2e/conformance/boto3_scenario.py
run_client awscli python3 e2e/conformance/boto3_scenario.py --cli
run_client awscli-v2 python3 e2e/conformance/boto3_scenario.py --cli-v2
run_client js-sdk-v2 env NODE_PATH="$cache/node/node_modules" AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE=1 node e2e/conformance/js_scenario.js
run_client java-sdk-v1 java -cp "$(cat "$cache/java-sdk.classpath")" e2e/conformance/JavaScenario.java

# The AWS SDK for Ruby v1 also checks strict mode, against a second emulator that knows the example key.
credentials_file=$(mktemp)
printf '{"accounts": [{"accountId": "111111111111", "keys": [{"accessKeyId": "AKIAIOSFODNN7EXAMPLE", "secretAccessKey": "%s"}]}]}' \
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' >"$credentials_file"
start_emulator --auth strict --credentials "$credentials_file"
strict_pid=$pid
run_client ruby-sdk-v1 env STRICT_URL="$url" ruby e2e/conformance/ruby_scenario.rb
kill "$strict_pid"; wait "$strict_pid" 2>/dev/null || true

# Each client once more over HTTPS, verifying the emulator's certificate with the CA it wrote, as a user would:
# boto3 and both CLIs through AWS_CA_BUNDLE, Node through NODE_EXTRA_CA_CERTS, Java through a trust store made from
# the CA with keytool, Ruby through SSL_CERT_FILE.
run_over_https() {
  local client=$1; shift
  start_emulator --seed 1 --clock 2026-01-01T00:00:00Z --https-port 0
  local truststore; truststore=$(mktemp -u).p12
  keytool -importcert -noprompt -file "$ca" -keystore "$truststore" -storetype PKCS12 -storepass changeit -alias emulator >/dev/null 2>&1
  local result; result=$(mktemp)
  env AWS_CA_BUNDLE="$ca" NODE_EXTRA_CA_CERTS="$ca" SSL_CERT_FILE="$ca" TRUSTSTORE="$truststore" "$@" "$https_url" \
    | sed "s/^\(PASS\|FAIL\) $client /\1 $client over HTTPS /" | tee "$result" || true
  kill "$pid"; wait "$pid" 2>/dev/null || true
  tally "$client over HTTPS" "$result"
  rm -f "$result" "$truststore"
}
run_over_https boto3 python3 e2e/conformance/boto3_scenario.py
run_over_https awscli python3 e2e/conformance/boto3_scenario.py --cli
run_over_https awscli-v2 python3 e2e/conformance/boto3_scenario.py --cli-v2
run_over_https js-sdk-v2 env NODE_PATH="$cache/node/node_modules" AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE=1 node e2e/conformance/js_scenario.js
run_over_https java-sdk-v1 sh -c 'exec java -Djavax.net.ssl.trustStore="$TRUSTSTORE" -Djavax.net.ssl.trustStorePassword=changeit \
  -cp "$0" e2e/conformance/JavaScenario.java "$1"' "$(cat "$cache/java-sdk.classpath")"
start_emulator --auth strict --credentials "$credentials_file"
strict_pid=$pid
run_over_https ruby-sdk-v1 env STRICT_URL="$url" ruby e2e/conformance/ruby_scenario.rb
kill "$strict_pid"; wait "$strict_pid" 2>/dev/null || true
rm -f "$credentials_file"

echo "conformance: $total_passed passed, $total_failed failed"
[ "$total_failed" -eq 0 ]
