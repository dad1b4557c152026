#!/usr/bin/env bash
# Builds target/python/importexport_emulator-*.whl carrying target/importexport-emulator.jar (build the jar first:
# mvn package). Offline: flit_core, the build backend, comes from the Python running pip (Debian's flit package).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/importexport-emulator.jar
[ -f "$jar" ] || { echo "build-wheel.sh: no $jar; run mvn package first" >&2; exit 2; }
rm -rf target/python-src target/python && mkdir -p target/python
cp -r python target/python-src
mkdir -p target/python-src/src/importexport_emulator/jar
cp "$jar" target/python-src/src/importexport_emulator/jar/
"${PYTHON:-python3}" -m pip wheel --quiet --no-deps --no-index --no-build-isolation -w target/python target/python-src
ls target/python/*.whl
