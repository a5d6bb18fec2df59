#!/usr/bin/env bash
# Start the local PostgreSQL cluster and create the throwaway test database; prints the URL to use as
# DP_TEST_POSTGRES_URL. Safe to run twice.
set -euo pipefail
# Only the URL goes to stdout: pg_ctlcluster and psql chatter (e.g. "Removed stale pid file.") goes to
# stderr, or it would end up inside the URL the caller captures.
exec 3>&1 1>&2
version=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | grep -q online; then
  pg_lsclusters -h | grep -q . || pg_createcluster "$version" main >/dev/null
  pg_ctlcluster "$version" main start 3>&-  # the server must not hold the caller's stdout open
fi
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='planner'\"" | grep -q 1 \
  || su postgres -c "psql -qc \"CREATE ROLE planner LOGIN PASSWORD 'planner' CREATEDB\""
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='planner_test'\"" | grep -q 1 \
  || su postgres -c "psql -qc 'CREATE DATABASE planner_test OWNER planner'"
echo >&3 "postgresql+psycopg://planner:planner@127.0.0.1:5432/planner_test"
