# Sourced by .ci/run (and by hand: `source .ci/postgres.sh; pg_start`):
# throwaway PostgreSQL clusters for the database tests (pgarchive, the
# command's --db tests). pg_start installs Debian's postgresql when no
# initdb is found, creates a cluster under a new temporary folder,
# listening on loopback only on a port of its own with its socket in that
# folder, creates the database guillemet and exports GUILLEMET_TEST_DB,
# then starts a streaming read replica of it (GUILLEMET_TEST_REPLICA_DB)
# and two more clusters, the shards of the sharded archive, each with its
# database guillemet (GUILLEMET_TEST_SHARDS, their URLs separated by
# spaces); pg_stop stops them all and removes the folder (.ci/run traps
# it).
#
# initdb refuses to run as root: as root the clusters belong to the
# postgres user (Debian's package creates it; useradd otherwise), and the
# temporary folder is made readable to it.

pg_bindir() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    if [ -x "$d/initdb" ]; then echo "$d"; return; fi
  done
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; fi
}

pg_start() {
  PG_BIN=$(pg_bindir)
  if [ -z "$PG_BIN" ]; then
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql
    PG_BIN=$(pg_bindir)
  fi
  PG_RUN=""
  if [ "$(id -u)" -eq 0 ]; then
    # Under /tmp, which every user may cross (a root-only TMPDIR would
    # keep the postgres user out).
    PG_DIR=$(mktemp -d /tmp/guillemet-pg.XXXXXX)
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$PG_DIR"
    PG_RUN="runuser -u postgres --"
  else
    PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/guillemet-pg.XXXXXX")
  fi
  # A free port: the kernel picks one for a moment's listener.
  PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo $((20000 + RANDOM % 20000)))
  # Over TCP the role needs its password (scram), so that the tests of a
  # wrong password meet a real refusal; the socket trusts its owner.
  echo guillemet-test >"$PG_DIR/pwfile"
  chmod 0644 "$PG_DIR/pwfile"
  pg_cluster data "$PG_PORT" || return 1
  export GUILLEMET_TEST_DB="postgres://guillemet:guillemet-test@127.0.0.1:$PG_PORT/guillemet?sslmode=disable"
  # A streaming read replica of it (pg_basebackup -R writes
  # primary_conninfo and standby.signal), on a port of its own: the
  # replica tests ingest on the primary and read here. -c fast: the
  # backup starts at a checkpoint taken now, not at the next spread one
  # (up to checkpoint_timeout, five minutes, seen waiting here).
  PG_REPLICA_PORT=$((PG_PORT + 1))
  $PG_RUN "$PG_BIN/pg_basebackup" -h "$PG_DIR" -p "$PG_PORT" -U guillemet -D "$PG_DIR/replica" -R -X stream -c fast >"$PG_DIR/basebackup.log" 2>&1 ||
    { cat "$PG_DIR/basebackup.log"; return 1; }
  $PG_RUN "$PG_BIN/pg_ctl" -D "$PG_DIR/replica" -l "$PG_DIR/replica.log" -w start \
    -o "-c listen_addresses=127.0.0.1 -p $PG_REPLICA_PORT -k $PG_DIR -c fsync=off -c hot_standby=on" >/dev/null ||
    { cat "$PG_DIR/replica.log"; return 1; }
  export GUILLEMET_TEST_REPLICA_DB="postgres://guillemet:guillemet-test@127.0.0.1:$PG_REPLICA_PORT/guillemet?sslmode=disable"
  # The shards: clusters of their own (the next ports), which the
  # coordinator (a schema of the primary) reaches through postgres_fdw.
  local i
  GUILLEMET_TEST_SHARDS=""
  for i in 1 2; do
    pg_cluster "shard$i" $((PG_PORT + 1 + i)) || return 1
    GUILLEMET_TEST_SHARDS="$GUILLEMET_TEST_SHARDS${GUILLEMET_TEST_SHARDS:+ }postgres://guillemet:guillemet-test@127.0.0.1:$((PG_PORT + 1 + i))/guillemet?sslmode=disable"
  done
  export GUILLEMET_TEST_SHARDS
  echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT, its streaming replica on $PG_REPLICA_PORT, shards on $((PG_PORT + 2)) and $((PG_PORT + 3)) (sockets and data in $PG_DIR; role guillemet, a test password)"
}

# pg_cluster DIR PORT creates a cluster in $PG_DIR/DIR (role guillemet,
# password in $PG_DIR/pwfile), starts it on 127.0.0.1:PORT and creates
# its database guillemet.
pg_cluster() {
  $PG_RUN "$PG_BIN/initdb" -D "$PG_DIR/$1" -U guillemet --pwfile="$PG_DIR/pwfile" \
    --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb-$1.log" 2>&1 ||
    { cat "$PG_DIR/initdb-$1.log"; return 1; }
  $PG_RUN "$PG_BIN/pg_ctl" -D "$PG_DIR/$1" -l "$PG_DIR/server-$1.log" -w start \
    -o "-c listen_addresses=127.0.0.1 -p $2 -k $PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null ||
    { cat "$PG_DIR/server-$1.log"; return 1; }
  $PG_RUN "$PG_BIN/createdb" -h "$PG_DIR" -p "$2" -U guillemet guillemet
}

pg_stop() {
  local d
  for d in shard2 shard1 replica data; do
    if [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR/$d" ]; then
      $PG_RUN "$PG_BIN/pg_ctl" -D "$PG_DIR/$d" -m immediate stop >/dev/null 2>&1 || true
    fi
  done
  if [ -n "${PG_DIR:-}" ]; then rm -rf "$PG_DIR"; fi
}
