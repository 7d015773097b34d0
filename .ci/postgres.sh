#!/usr/bin/env bash
# PostgreSQL for the tests, from Debian itself (no container). Idempotent, needs no stdin:
# installs `postgresql` if missing, starts its cluster, creates the role `prongsai`
# (password `prongsai`, CREATEDB: each test file creates and drops its own database), and
# prints the URI to give the tests as TEST_DATABASE_URI on its last line of stdout.
# Run as root (CI); anything else goes to stderr.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

ROLE=prongsai
PASSWORD=prongsai
PORT=5432

log() { echo "postgres: $*" >&2; }

if ! command -v pg_lsclusters >/dev/null 2>&1 || ! dpkg -s postgresql >/dev/null 2>&1; then
  log "installing postgresql from Debian"
  apt-get update >&2
  apt-get install -y --no-install-recommends postgresql >&2
fi

# The newest installed cluster (Debian's package creates `<version> main`).
cluster=$(pg_lsclusters --no-header | sort -k1,1V | tail -n1)
if [ -z "$cluster" ]; then
  version=$(ls /usr/lib/postgresql | sort -V | tail -n1)
  log "creating cluster $version main"
  pg_createcluster "$version" main >&2
  cluster=$(pg_lsclusters --no-header | sort -k1,1V | tail -n1)
fi
read -r version name port status _ <<<"$cluster"
PORT=$port
if [ "$status" != "online" ]; then
  log "starting cluster $version $name"
  pg_ctlcluster "$version" "$name" start >&2
fi

# Wait until it accepts connections (a fresh start can take a moment).
for _ in $(seq 1 30); do
  if su postgres -c "psql -p $PORT -qtAc 'SELECT 1'" >/dev/null 2>&1; then break; fi
  sleep 1
done

psql_admin() { su postgres -c "psql -p $PORT -v ON_ERROR_STOP=1 -qtAc \"$1\""; }
if [ "$(psql_admin "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" != "1" ]; then
  log "creating role $ROLE"
  psql_admin "CREATE ROLE $ROLE LOGIN CREATEDB PASSWORD '$PASSWORD'" >&2
else
  # A role left by an earlier run keeps working with the same password and right.
  psql_admin "ALTER ROLE $ROLE LOGIN CREATEDB PASSWORD '$PASSWORD'" >&2
fi

uri="postgres://$ROLE:$PASSWORD@127.0.0.1:$PORT/postgres"
# Password sign-in over TCP (Debian's default pg_hba: scram-sha-256 on 127.0.0.1).
if ! PGPASSWORD=$PASSWORD psql "$uri" -qtAc 'SELECT 1' >/dev/null; then
  log "cannot sign in as $ROLE on 127.0.0.1:$PORT"
  exit 1
fi
log "ready ($version $name, port $PORT)"
echo "$uri"
