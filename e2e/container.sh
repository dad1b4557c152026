#!/usr/bin/env bash
# The container image, as a team on another stack runs it: built on the base container/make-base.sh makes here (no
# registry needed), started with podman, driven by boto3 and the AWS CLI v1 and v2 through the conformance scenario
# over HTTP and over HTTPS (verification on), restarted on its volume with every job still there, stopped with
# SIGTERM within its shutdown timeout; then two containers sharing one PostgreSQL (a private cluster on the host, as
# compose.yaml's services would share theirs). Prints "N passed, N failed"; measures the image and its start-up.
#
# Usage: bash e2e/container.sh    (from the repository root, after mvn package; as root)
# Without podman it prints one line saying so and exits 0, for machines other than CI: .ci/run installs podman.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v podman >/dev/null; then
  echo "container tests skipped: no podman on this machine (.ci/run installs Debian's podman and runc)"
  exit 0
fi
# this kind of machine: runc (crun fails on its cgroups), cgroupfs, vfs storage, explicit limits, the host's network
engine=(podman --runtime runc --cgroup-manager cgroupfs --storage-driver vfs)
run_options=(--ulimit nofile=1024:1024 --ulimit nproc=1024:1024 --network host)
image=localhost/importexport-emulator:test
token=container-admin-token-0123456789
passed=0
failed=0
check() { # check NAME COMMAND...: one line per check
  if "${@:2}"; then passed=$((passed + 1)); echo "PASS container $1"; else failed=$((failed + 1)); echo "FAIL container $1"; fi
}
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
ready() { # ready CONTAINER [N]: waits for its Nth ready line (a restarted container keeps the first run's log)
  for _ in $(seq 1 600); do
    [ "$("${engine[@]}" logs "$1" 2>/dev/null | grep -c "listening on http:")" -ge "${2:-1}" ] && return 0
    sleep 0.1
  done
  "${engine[@]}" logs "$1" >&2 || true
  return 1
}
jobs_of() { curl -s -H "Authorization: Bearer $token" "http://127.0.0.1:$1/_emulator/jobs" | python3 -c 'import json, sys; print(len(json.load(sys.stdin)["jobs"]))'; }
scenario() { # scenario URL [CLIENT FLAG]: the conformance scenario against a reset emulator
  curl -s -X POST -H "Authorization: Bearer $token" "http://127.0.0.1:$port/_emulator/reset" >/dev/null
  python3 e2e/conformance/boto3_scenario.py "$@" | tail -n 1 | grep -q " 0 failed$"
}

export PODMAN_IGNORE_CGROUPSV1_WARNING=1
"${engine[@]}" rm -f --ignore importexport-e2e importexport-e2e-a importexport-e2e-b >/dev/null 2>&1 || true  # a run cut short
base=$(PODMAN="${engine[*]}" bash container/make-base.sh | tail -n 1)
"${engine[@]}" build --format docker -f container/Containerfile --build-arg BASE="$base" -t "$image" . >/dev/null
base_size=$("${engine[@]}" image inspect "$base" --format '{{.Size}}')
image_size=$("${engine[@]}" image inspect "$image" --format '{{.Size}}')

volume=$(mktemp -d)
chown 10001:10001 "$volume"
port=$(free_port); https_port=$(free_port)
started=$(date +%s%N)
"${engine[@]}" run -d --name importexport-e2e "${run_options[@]}" -v "$volume:/data" -e IMPORTEXPORT_PORT="$port" \
  -e IMPORTEXPORT_HTTPS_PORT="$https_port" -e IMPORTEXPORT_TLS_CA_FILE=/data/ca.pem -e IMPORTEXPORT_DATA_DIR=/data \
  -e IMPORTEXPORT_ADMIN_TOKEN="$token" -e IMPORTEXPORT_SEED=1 "$image" >/dev/null
trap '"${engine[@]}" rm -f --ignore importexport-e2e importexport-e2e-a importexport-e2e-b >/dev/null 2>&1 || true' EXIT
check "starts and prints its ready line" ready importexport-e2e
ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
check "answers its health check" "${engine[@]}" healthcheck run importexport-e2e
check "refuses the control plane without the token" test "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/_emulator/jobs")" = 401
check "boto3 over HTTP" scenario "http://127.0.0.1:$port"
check "AWS CLI v1 over HTTP" scenario "http://127.0.0.1:$port" --cli
check "AWS CLI v2 over HTTP" scenario "http://127.0.0.1:$port" --cli-v2
export AWS_CA_BUNDLE="$volume/ca.pem"
check "boto3 over HTTPS, verified" scenario "https://127.0.0.1:$https_port"
check "AWS CLI v1 over HTTPS, verified" scenario "https://127.0.0.1:$https_port" --cli
check "AWS CLI v2 over HTTPS, verified" scenario "https://127.0.0.1:$https_port" --cli-v2
unset AWS_CA_BUNDLE
before=$(jobs_of "$port")
stop_started=$(date +%s%N)
"${engine[@]}" stop -t 10 importexport-e2e >/dev/null
stop_ms=$(( ($(date +%s%N) - stop_started) / 1000000 ))
check "stops on SIGTERM within its 10 s shutdown timeout" test "$stop_ms" -lt 10000
check "exits as a JVM stopped by SIGTERM does (143)" test "$("${engine[@]}" inspect importexport-e2e --format '{{.State.ExitCode}}')" -eq 143
"${engine[@]}" start importexport-e2e >/dev/null
ready importexport-e2e 2
check "finds every job on its volume after a restart ($before)" test "$(jobs_of "$port")" = "$before"
"${engine[@]}" rm -f importexport-e2e >/dev/null

# compose.yaml's two emulators sharing one PostgreSQL, each started with podman (no PostgreSQL image can be pulled here:
# a private cluster from the host's binaries stands in for its postgres service)
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pg_dir=$(mktemp -d); chown postgres "$pg_dir"; pg_port=$(free_port)
runuser -u postgres -- "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust >/dev/null
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w start -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1" >/dev/null
trap '"${engine[@]}" rm -f --ignore importexport-e2e importexport-e2e-a importexport-e2e-b >/dev/null 2>&1 || true; runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true' EXIT
"$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -q -c "CREATE ROLE importexport LOGIN PASSWORD 'importexport'" \
  -c "CREATE DATABASE importexport OWNER importexport" postgres
# compose.yaml's emulator environment, as it declares it, with the database on this host instead of its postgres service
mapfile -t compose_environment < <(IMPORTEXPORT_ADMIN_TOKEN="$token" PG_PORT="$pg_port" python3 -c '
import os, re, yaml
services = yaml.safe_load(open("compose.yaml"))["services"]
for name, value in services["emulator-a"]["environment"].items():
    value = re.sub(r"\$\{(\w+)[^}]*\}", lambda m: os.environ[m.group(1)], str(value))
    print("-e", name + "=" + value.replace("//postgres:5432/", "//127.0.0.1:" + os.environ["PG_PORT"] + "/"), sep="\n")')
port_a=$(free_port); port_b=$(free_port)
for pair in "a $port_a" "b $port_b"; do
  set -- $pair
  "${engine[@]}" run -d --name "importexport-e2e-$1" "${run_options[@]}" -e IMPORTEXPORT_PORT="$2" "${compose_environment[@]}" "$image" >/dev/null
  ready "importexport-e2e-$1"
done
job=$(AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE AWS_SECRET_ACCESS_KEY=any AWS_DEFAULT_REGION=us-east-1 /usr/bin/aws importexport create-job \
  --job-type Import --manifest file://e2e/conformance/manifest.yml --no-validate-only --endpoint-url "http://127.0.0.1:$port_a" \
  --query JobId --output text)
check "a job made through one emulator is seen by the other" test "$(AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE AWS_SECRET_ACCESS_KEY=any \
  AWS_DEFAULT_REGION=us-east-1 /usr/bin/aws importexport get-status --job-id "$job" --endpoint-url "http://127.0.0.1:$port_b" \
  --query LocationCode --output text)" = NotReceived

# the same jar outside a container, for comparison
java_out=$(mktemp)
java_started=$(date +%s%N)
java -jar target/importexport-emulator.jar --port 0 --log-format off >"$java_out" &
java_pid=$!
until grep -q "listening on" "$java_out"; do sleep 0.01; done
java_ms=$(( ($(date +%s%N) - java_started) / 1000000 ))
kill "$java_pid"; wait "$java_pid" 2>/dev/null || true
rm -f "$java_out"
echo "image: $((image_size / 1000000)) MB with the base made here ($((base_size / 1000000)) MB of it the base); ready ${ready_ms} ms after podman run, ${java_ms} ms after java -jar"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
