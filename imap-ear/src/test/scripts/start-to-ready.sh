#!/usr/bin/env bash
# Server start to ready, as docs/BENCHMARKS.md reports it: a copy of the server the build provisioned, with the EAR
# in its deployments folder and a database of its own (H2), started RUNS times. Prints the milliseconds from the
# process's start to /health/ready answering with IMAP's own check, the heap then, and the first run's timeline.
# Usage, from the project's root after `mvn install -DskipTests`:
#   imap-ear/src/test/scripts/start-to-ready.sh config/target/wildfly-39.0.1.Final imap-ear/target/imap.ear 3
set -euo pipefail
server=$1
ear=$2
runs=${3:-3}
work=$(mktemp -d)
trap 'pkill -f "jboss-modules.*$work" || true; rm -rf "$work"' EXIT
cp -r "$server" "$work/server"
cp "$ear" "$work/server/standalone/deployments/"
for run in $(seq 1 "$runs"); do
    started=$(date +%s%N)
    "$work/server/bin/standalone.sh" -Djboss.server.base.dir="$work/server/standalone" > "$work/run$run.log" 2>&1 &
    until curl -sf http://localhost:9990/health/ready 2>/dev/null | grep -q imap-database-and-audit-chain-head; do
        sleep 0.1
    done
    ready=$(date +%s%N)
    echo "run $run: $(( (ready - started) / 1000000 )) ms to ready"
    jcmd "$(pgrep -f "jboss-modules.*$work" | head -1)" GC.heap_info | grep -m1 "heap" || true
    pkill -f "jboss-modules.*$work" || true
    wait || true
done
echo "first run's timeline:"
grep -hE "WFLYSRV0049|WFLYSRV0027|WFLYJPA0002|IMAP schema|WFLYUT0021|WFLYSRV0010|IMAP is ready" "$work/run1.log" \
    | sed -E 's/\x1b\[[0-9;]*m//g' | cut -c1-12,60-150
