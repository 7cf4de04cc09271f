#!/bin/sh
# /usr/local/bin/scoutly (installed by make install-systemd): the CLI as the service runs it, with the
# service's user, database and settings, so what you add is what the timer's ticks see. Run it with
# sudo: `sudo scoutly users add me@example.com --profile profile.json --cv cv.md`. Files you name are
# read with your rights and handed to the service user as copies, so they may stay in your home.
user=scoutly
if [ "$(id -un)" != "$user" ]; then
  if [ "$(id -u)" != 0 ]; then echo "scoutly: run it as root (sudo scoutly …) or as $user" >&2; exit 77; fi
  copies=$(mktemp -d) || exit 73
  chown "$user" "$copies"
  n=$#
  i=0
  for arg do
    if [ -f "$arg" ] && [ -r "$arg" ]; then
      copy="$copies/$i-$(basename "$arg")"
      cp "$arg" "$copy" && chown "$user" "$copy" && chmod 0600 "$copy" && arg=$copy
    fi
    set -- "$@" "$arg"
    i=$((i + 1))
  done
  shift "$n"
  runuser -u "$user" -- /usr/local/bin/scoutly "$@"
  code=$?
  rm -rf "$copies"
  exit "$code"
fi
set -a
[ -r /etc/scoutly/scoutly.env ] && . /etc/scoutly/scoutly.env
set +a
export SCOUTLY_DB="${SCOUTLY_DB:-/var/lib/scoutly/scoutly.db}" SCOUTLY_ENV_FILE=/etc/scoutly/scoutly.env
# Chromium's files where the tick's unit keeps them (its CacheDirectory=).
export CACHE_DIRECTORY=/var/cache/scoutly
cd /opt/scoutly || exit 70
# Node's flags as the tick's unit gives them (see its ExecStart), so a tick run by hand is the timer's.
exec /usr/bin/node --optimize-for-size --no-opt /opt/scoutly/dist/cli/scoutly.cjs "$@"
