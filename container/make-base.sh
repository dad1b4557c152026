#!/usr/bin/env bash
# Makes the image's base here, with no registry: a Java runtime cut by jlink to the modules the emulator uses (in
# /opt/java/openjdk, where the public Java images have theirs), the
# shared libraries it loads (taken from this machine), a non-root user, on an empty root; imported into podman as
# localhost/importexport-emulator-base:17. The Containerfile's default base, a public Java 17 runtime image, is for
# those who can pull one.
#
# Usage: bash container/make-base.sh [JAR]    (default target/importexport-emulator.jar; run after mvn package)
# PODMAN: the container command with its global options, e.g. "podman --storage-driver vfs" (default podman)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${1:-target/importexport-emulator.jar}
image=localhost/importexport-emulator-base:17
root=$(mktemp -d)
chmod 755 "$root"  # the image's /, which the emulator user must be able to enter
trap 'rm -rf "$root"' EXIT

# what jdeps finds in the jar, and what it cannot see: EC keys for HTTPS, sun.misc.Unsafe for the libraries
modules=$(jdeps --ignore-missing-deps --multi-release 17 --print-module-deps "$jar" | tail -n 1),jdk.crypto.ec,jdk.unsupported,jdk.localedata
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 --output "$root/opt/java/openjdk"

# every shared library the runtime's programs and libraries need, where this machine has it
for library in $( (ldd "$root/opt/java/openjdk/bin/java"; find "$root/opt/java/openjdk/lib" -name '*.so' -exec ldd {} \; ) 2>/dev/null \
    | grep -o '/[^ ]*\.so[^ ]*' | sort -u); do
  mkdir -p "$root$(dirname "$library")"
  cp -L "$library" "$root$library"
done

mkdir -p "$root/etc" "$root/tmp" "$root/home/emulator" "$root/data"
chmod 1777 "$root/tmp"
echo 'root:x:0:0:root:/root:/sbin/nologin' >"$root/etc/passwd"
echo 'emulator:x:10001:10001:importexport-emulator:/home/emulator:/sbin/nologin' >>"$root/etc/passwd"
printf 'root:x:0:\nemulator:x:10001:\n' >"$root/etc/group"
chown 10001:10001 "$root/home/emulator" "$root/data"

tar -C "$root" -c . | ${PODMAN:-podman} import --quiet - "$image" >/dev/null
echo "$image"
