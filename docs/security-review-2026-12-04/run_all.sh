#!/bin/sh
# Replays the red-team catalogue of 2026-12-04 against a fresh app (see start.sh; BASE overrides the address).
# Needs python3 with requests and websocket-client. Order matters: setup.py creates the actors and objects the
# other scripts read from state.json. slowloris2.py (file-descriptor exhaustion) is not run here: run it by hand,
# two copies, e.g. `python3 slowloris2.py 10000 40 & python3 slowloris2.py 10500 40 &` (needs ulimit -n > 10500).
set -e
cd "$(dirname "$0")"
for s in setup idor1 attempts attempts2 game auth xss imports sqli sources csrf csrf2 csrf3 otp pages_idor \
         wsflood wsflood2 slowloris heavy asgdup asgsets asgq500 cache pathnorm misc pwpage chance3 host; do
  echo "=== $s"; python3 "$s.py"
done
