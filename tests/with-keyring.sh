#!/usr/bin/env bash
# Run a command inside a private D-Bus session with an unlocked, throwaway gnome-keyring
# (a real Secret Service backend), so tests use the real keyring but never the user's own.
set -euo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/data" "$tmp/config" "$tmp/cache" "$tmp/run"
chmod 700 "$tmp/run"
export XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache"
export XDG_RUNTIME_DIR="$tmp/run" DSR_DESK_TEST_KEYRING=1
rc=0
dbus-run-session -- sh -c \
  'printf %s "$0" | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' \
  "throwaway-test-keyring" "$@" 2> >(grep -v "Failed to set fd limit" >&2) || rc=$?
exit "$rc"
