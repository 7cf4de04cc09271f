#!/bin/bash
# Runs inside the booted container (make test-systemd), as a unit at boot: follows the README's install
# and seeding steps on a fresh system with no Gemini key, then checks what a Pi owner would look at.
# Prints one line per check; writes the number of failed checks to /results/status.
set -u
export PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin LANG=C.UTF-8
failures=0
check() {
  local what=$1; shift
  if "$@" >/tmp/check.out 2>&1; then echo "ok    $what"; else
    echo "FAIL  $what"; sed 's/^/      /' /tmp/check.out | tail -20; failures=$((failures + 1)); fi
}
# wait_for SECONDS COMMAND…: until the command succeeds.
wait_for() {
  local limit=$1; shift
  for _ in $(seq 1 "$limit"); do "$@" >/dev/null 2>&1 && return 0; sleep 1; done
  "$@"
}
finish() { echo "$failures" > /results/status; exit 0; }
trap finish EXIT

echo "systemd $(systemctl --version | head -1 | cut -d' ' -f2), node $(node --version), $(chromium-headless-shell --version 2>/dev/null)"
tar -C /src/scoutly --exclude=./data --exclude=./dist-bench --exclude=./test-artifacts --exclude=./.git -cf - . | (mkdir -p /root/scoutly && tar -C /root/scoutly -xf -)
cd /root/scoutly
# The checkout arrives built with its packages; the container has no registry to install from.
touch node_modules/.package-lock.json

# A careers page that builds its list in the browser, on 127.0.0.1 inside the container.
cat > /root/site.mjs <<'JS'
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
const dir = '/root/scoutly/src/demo/site/globex';
createServer((req, res) => {
  const file = req.url.endsWith('app.js') ? 'app.js' : 'index.html';
  res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html' }).end(readFileSync(`${dir}/${file}`));
}).listen(8080, '127.0.0.1');
JS
systemd-run --unit=careers-site --quiet node /root/site.mjs
wait_for 20 bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080'

echo "--- system install (make install-systemd), no key file"
check "make install-systemd succeeds" make install-systemd
check "no Gemini key file was needed (an empty one was left, 0600)" bash -c '[ "$(stat -c %a:%s /etc/scoutly/gemini_api_key)" = 600:0 ]'
check "/opt/scoutly belongs to root" bash -c '[ -z "$(find /opt/scoutly ! -user root | head -1)" ]'
check "the timer is listed" bash -c 'systemctl list-timers --all --no-pager | grep -q scoutly-tick.timer'

echo "--- seeding as the README says, right after the install"
echo SCOUTLY_ALLOW_PRIVATE_URLS=1 >> /etc/scoutly/scoutly.env
cp src/demo/profile.json src/demo/cv.md /root/
check "sudo scoutly users add (files in root's home)" sudo scoutly users add me@example.com --profile /root/profile.json --cv /root/cv.md
check "sudo scoutly companies add … --rank 90" sudo scoutly companies add globex http://127.0.0.1:8080/globex/ --selector '#openings' --rank 90
check "the database belongs to the service user" bash -c '[ "$(stat -c %U /var/lib/scoutly/scoutly.db)" = scoutly ]'

echo "--- the first timer-started tick (Persistent catch-up after an aged stamp)"
systemctl stop scoutly-tick.timer
touch -d '-2 hours' /var/lib/systemd/timers/stamp-scoutly-tick.timer
systemctl start scoutly-tick.timer
started() { [ "$(systemctl show -p ExecMainExitTimestampMonotonic --value scoutly-tick.service)" != 0 ]; }
check "the timer caught up and started a tick (within its 60 s random delay)" wait_for 120 started
check "that tick exited 0" bash -c '[ "$(systemctl show -p ExecMainStatus --value scoutly-tick.service)" = 0 ]'
check "the unit started Node with V8 set for size" bash -c \
  'systemctl show -p ExecStart --value scoutly-tick.service | grep -q "argv\[\]=[^ ]*/node --optimize-for-size --no-opt /opt/scoutly/dist/cli/jobsTick.cjs "'
check "it read the page in Chromium" bash -c 'journalctl -u scoutly-tick --no-pager | grep -E "globex: [1-9][0-9]* posting\(s\) via browser \((Chromium|plain HTTP and Chromium compared)\)"'
check "postings are in the database" bash -c '[ "$(sudo scoutly postings list --json | grep -c "\"title\"")" -ge 1 ]'
check "nothing of Chromium's was written to the state directory" bash -c '[ -z "$(ls -A /var/lib/scoutly | grep -v "^scoutly.db")" ]'
check "Chromium's files went to the cache folder (CacheDirectory=), removed when it closed" bash -c \
  '[ "$(stat -c %U:%a /var/cache/scoutly/chromium)" = scoutly:700 ] && [ -z "$(ls -A /var/cache/scoutly/chromium)" ]'
check "scoutly-doctor.service: doctor in the tick's sandbox finds the headless shell working, with its version" bash -c \
  'systemctl start scoutly-doctor.service; journalctl -u scoutly-doctor --no-pager | grep -E "ok +chromium +/usr/bin/chromium-headless-shell \(Chromium [0-9.]+\)"'

echo "--- a configuration error: exit 78, said at warning priority or above, the alert unit runs"
cp /etc/scoutly/scoutly.env /root/env.backup
echo SCOUTLY_BUDGET=banana >> /etc/scoutly/scoutly.env
systemctl start scoutly-tick.service
check "the tick exited 78" bash -c '[ "$(systemctl show -p ExecMainStatus --value scoutly-tick.service)" = 78 ]'
check "journalctl -u scoutly-tick -p warning says why, naming the settings file" bash -c \
  'journalctl -u scoutly-tick -p warning --no-pager | grep SCOUTLY_BUDGET && journalctl -u scoutly-tick -p warning --no-pager | grep -q /etc/scoutly/scoutly.env'
check "the alert unit ran" wait_for 30 bash -c 'journalctl -t scoutly-alert --no-pager | grep -q "unit scoutly-tick.service failed"'
cp /root/env.backup /etc/scoutly/scoutly.env

echo "--- a budget longer than the unit allows: capped 30 s below its TimeoutStartSec"
echo SCOUTLY_BUDGET=1h >> /etc/scoutly/scoutly.env
systemctl start scoutly-tick.service
check "the tick says at warning priority that its budget was capped, and to what" bash -c \
  'journalctl -u scoutly-tick -p warning --no-pager | grep -q "budget 1h capped to 11m30s"'
check "the run row has the capped budget" bash -c '[ "$(sqlite3 /var/lib/scoutly/scoutly.db "SELECT budget_ms FROM runs ORDER BY id DESC LIMIT 1")" = 690000 ]'
cp /root/env.backup /etc/scoutly/scoutly.env

echo "--- the dashboard: socket-activated, exits when idle, started again, and a tick meanwhile undisturbed"
# The env file is read at each start: a short idle time, so the exit is seen within the test.
echo SCOUTLY_WEB_IDLE=5s >> /etc/scoutly/scoutly.env
web=http://127.0.0.1:8377
pw='correct horse battery staple'
web_invocation() { systemctl show -p InvocationID --value scoutly-web.service; }
check "make install-systemd enabled the socket; nothing serves yet" bash -c \
  'systemctl is-enabled scoutly-web.socket && systemctl is-active scoutly-web.socket && ! systemctl is-active scoutly-web.service'
check "sudo scoutly users set-password (from a pipe)" bash -c "printf '%s\n' '$pw' | sudo scoutly users set-password me@example.com"
check "the first request starts the service and gets the sign-in page" bash -c \
  "curl -sf $web/sign-in | grep -q 'Sign in' && systemctl is-active scoutly-web.service"
check "the service took the socket from systemd (fd 3)" bash -c \
  "journalctl -u scoutly-web --no-pager | grep -q 'dashboard on the socket systemd passed'"
rm -f /root/cookies
check "signed in, the matches page is served" bash -c \
  "curl -sf -c /root/cookies -o /dev/null --data-urlencode email=me@example.com --data-urlencode 'password=$pw' $web/sign-in &&
   curl -sf -b /root/cookies $web/matches | grep -q '<h1>Matches</h1>'"
first=$(web_invocation)
check "the service exits by itself after its idle time, successfully" wait_for 30 bash -c \
  "! systemctl is-active scoutly-web.service && [ \"\$(systemctl show -p Result --value scoutly-web.service)\" = success ]"
check "it said why in the journal" bash -c "journalctl -u scoutly-web --no-pager | grep -q 'no request for 5s: exiting'"
check "the socket stayed" systemctl is-active scoutly-web.socket
check "the next request starts it again, and the session still holds" bash -c \
  "curl -sf -b /root/cookies $web/matches | grep -q '<h1>Matches</h1>' && [ \"\$(systemctl show -p InvocationID --value scoutly-web.service)\" != '$first' ]"
token=$(sudo scoutly users token me@example.com --name systemd-test | tail -1)
sudo scoutly queue add globex >/dev/null
systemctl start --no-block scoutly-tick.service
# Reads and writes from the dashboard while the tick reads the page in Chromium and writes what it found.
answers=0; refused=0; during=0; last_rank=0
for i in $(seq 1 200); do
  ticking=$(systemctl is-active scoutly-tick.service)
  page=$(curl -s -o /dev/null -w '%{http_code}' -b /root/cookies $web/matches)
  last_rank=$((80 + i % 20))
  rank=$(curl -s -o /dev/null -w '%{http_code}' -X PUT -H "Authorization: Bearer $token" -H 'content-type: application/json' \
    -d "{\"rank\":$last_rank}" $web/api/v1/companies/globex/rank)
  answers=$((answers + 2))
  [ "$page" = 200 ] && [ "$rank" = 200 ] || { refused=$((refused + 1)); echo "request $i answered $page / $rank" >> /root/web-refusals; }
  [ "$ticking" = activating ] && during=$((during + 1))
  [ "$ticking" = activating ] || [ "$i" -lt 3 ] || break
done
check "the dashboard answered while the tick ran ($during rounds during the tick, $answers requests)" bash -c "[ $during -ge 1 ] && [ $refused = 0 ] || cat /root/web-refusals"
check "the tick exited 0" wait_for 120 bash -c \
  '! systemctl is-active scoutly-tick.service && [ "$(systemctl show -p ExecMainStatus --value scoutly-tick.service)" = 0 ]'
check "no SQLITE_BUSY or locked database surfaced to either" bash -c \
  '! journalctl -u scoutly-web -u scoutly-tick --no-pager | grep -Ei "SQLITE_BUSY|database is locked"'
check "the rank the dashboard wrote last ($last_rank) is the one stored" bash -c \
  "[ \"\$(sqlite3 /var/lib/scoutly/scoutly.db \"SELECT p.rank FROM preferences p JOIN companies c ON c.id = p.company_id WHERE c.slug = 'globex'\")\" = $last_rank ]"
cp /root/env.backup /etc/scoutly/scoutly.env

echo "--- the user install (USER=1) with lingering"
useradd -m -s /bin/bash alice
loginctl enable-linger alice
uid=$(id -u alice)
check "alice's user manager runs" wait_for 60 systemctl is-active "user@$uid.service"
tar -C /root/scoutly -cf - . | (mkdir -p /home/alice/scoutly && tar -C /home/alice/scoutly -xf -)
touch /home/alice/scoutly/node_modules/.package-lock.json
chown -R alice: /home/alice/scoutly
as_alice() { runuser -u alice -- env XDG_RUNTIME_DIR="/run/user/$uid" DBUS_SESSION_BUS_ADDRESS="unix:path=/run/user/$uid/bus" HOME=/home/alice "$@"; }
check "make install-systemd USER=1 WEB_LISTEN=127.0.0.1:8378 succeeds" as_alice make -C /home/alice/scoutly install-systemd USER=1 WEB_LISTEN=127.0.0.1:8378
echo SCOUTLY_ALLOW_PRIVATE_URLS=1 >> /home/alice/.config/scoutly/scoutly.env
cd /home/alice/scoutly
udb=/home/alice/.local/share/scoutly/scoutly.db
check "seeding with the README's SCOUTLY_DB" as_alice bash -c "SCOUTLY_DB=$udb node dist/cli/scoutly.cjs users add alice@example.com --profile src/demo/profile.json --cv src/demo/cv.md &&
  SCOUTLY_DB=$udb node dist/cli/scoutly.cjs companies add globex http://127.0.0.1:8080/globex/ --selector '#openings' --rank 90"
as_alice systemctl --user start scoutly-tick.service
check "the user tick exited 0" bash -c "[ \"\$(runuser -u alice -- env XDG_RUNTIME_DIR=/run/user/$uid systemctl --user show -p ExecMainStatus --value scoutly-tick.service)\" = 0 ]"
check "the user tick read the page in Chromium" bash -c "[ \"\$(sqlite3 $udb 'SELECT COUNT(*) FROM postings')\" -ge 1 ]"
check "the user tick kept Chromium's files in ~/.cache/scoutly" bash -c '[ -d /home/alice/.cache/scoutly/chromium ]'
check "alice's dashboard socket listens on the address chosen, and its first request starts her service" bash -c \
  "curl -sf http://127.0.0.1:8378/sign-in | grep -q 'Sign in' && [ \"\$(runuser -u alice -- env XDG_RUNTIME_DIR=/run/user/$uid systemctl --user is-active scoutly-web.service)\" = active ]"
check "uninstall-systemd USER=1 keeps the database" bash -c "runuser -u alice -- env XDG_RUNTIME_DIR=/run/user/$uid DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/$uid/bus HOME=/home/alice make -C /home/alice/scoutly uninstall-systemd USER=1 && [ -s $udb ]"
cd /root/scoutly

echo "--- uninstall"
check "make uninstall-systemd keeps the database, removes the cache" bash -c 'make uninstall-systemd && [ -s /var/lib/scoutly/scoutly.db ] && ! systemctl cat scoutly-tick.service && [ ! -e /var/cache/scoutly ]'
check "the dashboard's units are gone and nothing listens on 8377" bash -c '! systemctl cat scoutly-web.socket && ! systemctl cat scoutly-web.service && ! curl -s http://127.0.0.1:8377/'

echo "--- $failures check(s) failed"
