#!/usr/bin/env bash
# make test-systemd: a real systemd. Builds (once, cached under /var/lib/machines) a minimal Debian
# bookworm root with Chromium's headless shell, boots a throw-away copy of it with systemd-nspawn (PID 1 on these machines
# is not systemd, hence --register=no --keep-unit), and runs test/systemd/inside.sh in it as a unit at
# boot: install as the README says, seed, a timer-started tick in Chromium, a config error and its alert,
# the user install, uninstall. Needs root, debootstrap and systemd-container (installed when missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
checkout=$PWD
[ "$(id -u)" = 0 ] || { echo "test-systemd: run as root (it boots a container)" >&2; exit 77; }

cache=/var/lib/machines/scoutly-test-bookworm
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
# The headless shell, as README's Pi install takes it (bookworm has it in main and, newer, in bookworm-security).
packages=(chromium-headless-shell sqlite3 dbus-user-session libpam-systemd sudo make procps ca-certificates)
# The dashboard's checks speak HTTP with curl.
packages+=(curl)

if ! command -v systemd-nspawn >/dev/null || ! command -v debootstrap >/dev/null; then
  echo "test-systemd: installing systemd-container and debootstrap"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq systemd-container debootstrap >/dev/null
fi

nspawn=(systemd-nspawn --register=no --keep-unit --quiet)
# The root is rebuilt when the package list changes (the stamp holds the list it was built with).
if [ "$(cat "$cache/.scoutly-ready" 2>/dev/null)" != "${packages[*]}" ]; then
  echo "test-systemd: building the Debian root in $cache (once; a few minutes)"
  rm -rf "$cache.partial" && mkdir -p "$(dirname "$cache")"
  debootstrap --variant=minbase --include=systemd,systemd-sysv,dbus bookworm "$cache.partial" "$mirror" >/tmp/scoutly-debootstrap.log 2>&1 ||
    { tail -20 /tmp/scoutly-debootstrap.log; exit 1; }
  # Chromium comes from bookworm-security (the version Playwright is pinned to), as on the host.
  printf 'deb %s bookworm main\ndeb %s bookworm-updates main\ndeb %s-security bookworm-security main\n' "$mirror" "$mirror" "$mirror" \
    > "$cache.partial/etc/apt/sources.list"
  "${nspawn[@]}" -D "$cache.partial" --pipe sh -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${packages[*]} >/dev/null && apt-get clean"
  echo "${packages[*]}" > "$cache.partial/.scoutly-ready"
  rm -rf "$cache" && mv "$cache.partial" "$cache"
fi

work=$(mktemp -d /var/tmp/scoutly-systemd-XXXXXX)
trap 'rm -rf "$work"' EXIT
echo "test-systemd: copying the root for this run"
cp -a "$cache" "$work/root"
mkdir -p "$work/results"
echo scoutly-test > "$work/root/etc/hostname"
echo "127.0.1.1 scoutly-test" >> "$work/root/etc/hosts"
# The host's Node (the one the README recommends and the project was built with) and its npm.
node_bin=$(command -v node)
npm_dir=$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")
install -m 0755 "$node_bin" "$work/root/usr/bin/node"
mkdir -p "$work/root/usr/lib/node_modules" && cp -a "$npm_dir" "$work/root/usr/lib/node_modules/npm"
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$work/root/usr/bin/npm"
cat > "$work/root/etc/systemd/system/scoutly-systemd-test.service" <<UNIT
[Unit]
Description=Scoutly's real-systemd test
After=multi-user.target dbus.service systemd-logind.service
[Service]
Type=oneshot
ExecStart=/bin/bash /src/scoutly/test/systemd/inside.sh
StandardOutput=file:/results/log
StandardError=inherit
TimeoutStartSec=20min
ExecStopPost=/bin/systemctl --no-block poweroff
UNIT
mkdir -p "$work/root/etc/systemd/system/multi-user.target.wants"
ln -sf ../scoutly-systemd-test.service "$work/root/etc/systemd/system/multi-user.target.wants/scoutly-systemd-test.service"

echo "test-systemd: booting (the checks print below when it powers off)"
set +e
timeout 25m "${nspawn[@]}" -b -D "$work/root" --hostname=scoutly-test --private-network --bind-ro="$checkout:/src/scoutly" --bind="$work/results:/results" \
  >"$work/boot.log" 2>&1
booted=$?
set -e
cat "$work/results/log" 2>/dev/null || { echo "test-systemd: no result log; the boot said:"; tail -40 "$work/boot.log"; }
status=$(cat "$work/results/status" 2>/dev/null || echo missing)
if [ "$status" != "0" ]; then
  echo "test-systemd: FAILED (status $status, nspawn exit $booted)"
  exit 1
fi
echo "test-systemd: passed"
