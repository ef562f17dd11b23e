# shellcheck shell=bash
# The private PostgreSQL cluster of ./deepnote (sourced after scripts/common.sh, never run).
#
#   .data/postgres      the cluster (initdb), owned by a non-root OS user: `postgres` if that user exists, else a
#                       system user `deepnote` created here (initdb and postgres refuse to run as root)
#   .data/pgrun         its unix socket directory (clients use TCP on 127.0.0.1)
#   .data/postgres.log  its log
#   .data/db.password   the password of the superuser `deepnote` (scram-sha-256), generated once, mode 0600
#
# Settings live in .data/postgres/deepnote.conf, rewritten on every start (included from postgresql.conf), so
# DEEPNOTE_PG_PORT and a moved repository take effect at the next start.

PG_DATA="$DATA_DIR/postgres"
PG_RUN="$DATA_DIR/pgrun"
PG_LOG="$DATA_DIR/postgres.log"
PG_PASSWORD_FILE="$DATA_DIR/db.password"
PG_MANAGED_CONF="deepnote.conf"
PG_PORT="${DEEPNOTE_PG_PORT:-54329}"
PG_SUPERUSER="deepnote"
PG_MAX_CONNECTIONS=200
PG_BIN=""
PG_OS_USER=""
PG_SOCKET_DIR=""

case "$PG_PORT" in
  '' | *[!0-9]*) die "DEEPNOTE_PG_PORT must be a port number (got '$PG_PORT')" ;;
esac

# Sets PG_BIN to the newest /usr/lib/postgresql/*/bin holding initdb; returns 1 when PostgreSQL is not installed.
pg_find_bin() {
  local dir
  dir=$(
    for d in /usr/lib/postgresql/*/bin; do
      if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then printf '%s\n' "$d"; fi
    done | sort -V | tail -n 1
  )
  [ -n "$dir" ] || return 1
  PG_BIN="$dir"
}

pg_require_bin() {
  pg_find_bin && return 0
  log "PostgreSQL server not found (no initdb under /usr/lib/postgresql/*/bin): installing Debian's postgresql"
  log "(the Debian package's own cluster, if it starts one, stays on port 5432 and is not used)"
  apt_install postgresql
  pg_find_bin || die "initdb is still missing under /usr/lib/postgresql/*/bin after apt-get install postgresql"
}

# Sets PG_OS_USER: the owner of an existing cluster; else `postgres` if it exists, else the system user `deepnote`
# (created here). Without root the cluster belongs to the current user.
pg_pick_os_user() {
  if [ -f "$PG_DATA/PG_VERSION" ]; then
    PG_OS_USER=$(stat -c %U "$PG_DATA")
    [ "$PG_OS_USER" != root ] || die ".data/postgres is owned by root; PostgreSQL cannot run as root (remove .data/postgres to recreate it)"
    if ! is_root && [ "$PG_OS_USER" != "$(id -un)" ]; then
      die ".data/postgres belongs to $PG_OS_USER: run ./deepnote as root or as $PG_OS_USER"
    fi
    return 0
  fi
  if ! is_root; then
    PG_OS_USER=$(id -un)
  elif id -u postgres >/dev/null 2>&1; then
    PG_OS_USER=postgres
  else
    if ! id -u deepnote >/dev/null 2>&1; then
      log "creating the system user 'deepnote' to own the private PostgreSQL cluster"
      useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin deepnote \
        || die "could not create the system user deepnote"
    fi
    PG_OS_USER=deepnote
  fi
}

# Runs a command as the cluster's OS user, from / (the user may not be able to read the current directory).
as_pg_user() {
  if [ "$PG_OS_USER" = "$(id -un)" ]; then
    (cd / && "$@")
  else
    (cd / && runuser -u "$PG_OS_USER" -- "$@")
  fi
}

# The cluster's OS user must be able to reach .data: walking down from /, every directory it cannot traverse gets
# o+x (search only: others still cannot list it). Typical case: a clone under /root (mode 0700) gets /root o+x.
pg_grant_traverse() {
  local dir="" part
  local -a parts
  IFS=/ read -r -a parts <<<"${DATA_DIR#/}"
  for part in "${parts[@]}"; do
    [ -n "$part" ] || continue
    dir="$dir/$part"
    if ! as_pg_user test -x "$dir"; then
      log "letting $PG_OS_USER traverse $dir: chmod o+x (search only, no listing)"
      chmod o+x "$dir" || die "could not chmod o+x $dir"
    fi
  done
  as_pg_user test -x "$DATA_DIR" || die "$PG_OS_USER cannot reach $DATA_DIR even after chmod o+x (ACLs? NFS root squash?)"
}

pg_password() { head -n 1 "$PG_PASSWORD_FILE" | tr -d '\r\n'; }

# The superuser's password: generated once (alphanumeric, 32 characters), mode 0600.
pg_ensure_password() {
  if [ -s "$PG_PASSWORD_FILE" ]; then
    chmod 600 "$PG_PASSWORD_FILE"
    return 0
  fi
  if [ -f "$PG_DATA/PG_VERSION" ]; then
    die ".data/db.password is missing but the cluster .data/postgres exists: restore the file, or run './deepnote db stop' and remove .data/postgres (its data is lost) to create a new cluster"
  fi
  local pw=""
  while [ "${#pw}" -lt 32 ]; do
    pw="$pw$(head -c 48 /dev/urandom | base64 -w 0 | tr -d '/+=')"
  done
  (
    umask 077
    printf '%s\n' "${pw:0:32}" >"$PG_PASSWORD_FILE"
  )
  chmod 600 "$PG_PASSWORD_FILE"
}

# The socket directory: .data/pgrun, unless that path is too long for a unix socket (107 bytes).
pg_socket_dir() {
  PG_SOCKET_DIR="$PG_RUN"
  if [ $((${#PG_RUN} + ${#PG_PORT} + 10)) -gt 100 ]; then
    PG_SOCKET_DIR="/tmp/deepnote-pg-$(printf '%s' "$ROOT" | cksum | cut -d ' ' -f 1)"
    warn "$PG_RUN is too long for a unix socket path: using $PG_SOCKET_DIR"
  fi
}

# Directories and files the server writes to must belong to its OS user.
pg_prepare_dirs() {
  ensure_data_dir
  pg_socket_dir
  mkdir -p "$PG_SOCKET_DIR"
  [ -f "$PG_LOG" ] || : >"$PG_LOG"
  if is_root; then
    chown "$PG_OS_USER:" "$PG_SOCKET_DIR" "$PG_LOG"
  fi
  chmod 700 "$PG_SOCKET_DIR"
  chmod 640 "$PG_LOG"
}

pg_init() {
  [ -f "$PG_DATA/PG_VERSION" ] && return 0
  if [ -d "$PG_DATA" ] && [ -n "$(ls -A "$PG_DATA")" ]; then
    die ".data/postgres exists but is not a PostgreSQL cluster (no PG_VERSION): move it away first"
  fi
  log "creating the private PostgreSQL cluster in .data/postgres (OS user $PG_OS_USER, superuser $PG_SUPERUSER, scram-sha-256)"
  mkdir -p "$PG_DATA"
  if is_root; then chown "$PG_OS_USER:" "$PG_DATA"; fi
  chmod 700 "$PG_DATA"
  local pwfile="$PG_SOCKET_DIR/initdb.pw" rc=0
  (
    umask 077
    pg_password >"$pwfile"
  )
  if is_root; then chown "$PG_OS_USER:" "$pwfile"; fi
  as_pg_user "$PG_BIN/initdb" -D "$PG_DATA" -U "$PG_SUPERUSER" --pwfile="$pwfile" -E UTF8 --no-locale \
    --auth-local=scram-sha-256 --auth-host=scram-sha-256 >"$DATA_DIR/initdb.log" 2>&1 || rc=$?
  rm -f "$pwfile"
  if [ "$rc" -ne 0 ]; then
    cat "$DATA_DIR/initdb.log" >&2
    die "initdb failed (output above, also in .data/initdb.log)"
  fi
}

# Rewrites .data/postgres/deepnote.conf (only when it changed) and makes sure postgresql.conf includes it last.
pg_write_conf() {
  local conf="$PG_DATA/$PG_MANAGED_CONF" main="$PG_DATA/postgresql.conf" tmp
  local socket_dir="${PG_SOCKET_DIR//\'/\'\'}"
  tmp=$(mktemp "$DATA_DIR/pgconf.XXXXXX")
  cat >"$tmp" <<CONF
# Written by ./deepnote (scripts/postgres.sh) on every start: change that script, not this file.
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$socket_dir'
max_connections = $PG_MAX_CONNECTIONS
shared_buffers = 128MB
password_encryption = 'scram-sha-256'
CONF
  if [ -f "$conf" ] && cmp -s "$tmp" "$conf"; then
    rm -f "$tmp"
  else
    chmod 600 "$tmp"
    if is_root; then chown "$PG_OS_USER:" "$tmp"; fi
    mv -f "$tmp" "$conf"
  fi
  if ! grep -q "^include_if_exists = '$PG_MANAGED_CONF'" "$main"; then
    printf "\n# ./deepnote: port, socket directory and limits (rewritten on every start)\ninclude_if_exists = '%s'\n" \
      "$PG_MANAGED_CONF" >>"$main"
  fi
}

pg_is_running() {
  [ -f "$PG_DATA/PG_VERSION" ] && as_pg_user "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1
}

# A running cluster answers on the port it was started with (postmaster.pid, line 4), whatever the config says now.
pg_adopt_running_port() {
  local running
  running=$(sed -n 4p "$PG_DATA/postmaster.pid" 2>/dev/null | tr -d '[:space:]' || true)
  [ -n "$running" ] || return 0
  if [ "$running" != "$PG_PORT" ]; then
    if [ -n "${DEEPNOTE_PG_PORT:-}" ]; then
      die "the private cluster is running on port $running, not DEEPNOTE_PG_PORT=$PG_PORT: run './deepnote db stop' first"
    fi
    warn "the private cluster is running on port $running (restart it with './deepnote db stop' to use $PG_PORT)"
    PG_PORT="$running"
  fi
}

# Creates (once) and starts (if stopped) the private cluster; idempotent.
db_start() {
  pg_require_bin
  ensure_data_dir
  pg_pick_os_user
  pg_grant_traverse
  pg_ensure_password
  pg_prepare_dirs
  pg_init
  pg_write_conf
  if pg_is_running; then
    pg_adopt_running_port
    log "PostgreSQL is running (127.0.0.1:$PG_PORT, .data/postgres)"
  else
    log "starting PostgreSQL (127.0.0.1:$PG_PORT, data .data/postgres, log .data/postgres.log)"
    if ! as_pg_user "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 90 start >/dev/null; then
      tail -n 25 "$PG_LOG" >&2 || true
      die "PostgreSQL did not start (log above, in .data/postgres.log; if port $PG_PORT is taken, set DEEPNOTE_PG_PORT)"
    fi
    pg_adopt_running_port
  fi
}

# For stop/status: what exists, without installing or creating anything. Returns 1 when there is no cluster.
pg_locate_existing() {
  pg_find_bin || return 1
  [ -f "$PG_DATA/PG_VERSION" ] || return 1
  PG_OS_USER=$(stat -c %U "$PG_DATA")
}

db_stop() {
  if ! pg_locate_existing; then
    log "no private PostgreSQL cluster in .data/postgres: nothing to stop"
    return 0
  fi
  if pg_is_running; then
    as_pg_user "$PG_BIN/pg_ctl" -D "$PG_DATA" -w -t 90 -m fast stop >/dev/null || die "pg_ctl stop failed (see .data/postgres.log)"
    log "PostgreSQL stopped"
  else
    log "PostgreSQL is not running"
  fi
}

# Prints the state; exit status 0 when running, 3 otherwise (like pg_ctl status).
db_status() {
  if ! pg_find_bin; then
    echo "PostgreSQL is not installed (./deepnote db start installs it)"
    return 3
  fi
  if ! pg_locate_existing; then
    echo "no cluster yet in .data/postgres (./deepnote db start creates it)"
    return 3
  fi
  if pg_is_running; then
    local port
    port=$(sed -n 4p "$PG_DATA/postmaster.pid" 2>/dev/null | tr -d '[:space:]' || true)
    echo "running: 127.0.0.1:${port:-$PG_PORT}, pid $(head -n 1 "$PG_DATA/postmaster.pid"), data .data/postgres (OS user $PG_OS_USER), PostgreSQL $(cat "$PG_DATA/PG_VERSION")"
    echo "connect: ./deepnote db psql   (or Host=127.0.0.1;Port=${port:-$PG_PORT};Username=$PG_SUPERUSER;Password=<.data/db.password>)"
    return 0
  fi
  echo "stopped: data .data/postgres (OS user $PG_OS_USER), port $PG_PORT at next start"
  return 3
}

psql_admin() {
  PGPASSWORD="$(pg_password)" PGCONNECT_TIMEOUT=10 "$PG_BIN/psql" -X -h 127.0.0.1 -p "$PG_PORT" -U "$PG_SUPERUSER" \
    -d postgres -v ON_ERROR_STOP=1 -qtA "$@"
}

pg_check_db_name() {
  case "$1" in
    '' | *[!a-z0-9_]*) die "unexpected database name '$1'" ;;
  esac
}

ensure_database() {
  pg_check_db_name "$1"
  if [ "$(psql_admin -c "select 1 from pg_database where datname = '$1'")" != 1 ]; then
    log "creating database $1"
    psql_admin -c "create database \"$1\"" || die "could not create database $1"
  fi
}

recreate_database() {
  pg_check_db_name "$1"
  log "recreating database $1 (drop and create)"
  psql_admin -c "drop database if exists \"$1\" with (force)" || die "could not drop database $1"
  psql_admin -c "create database \"$1\"" || die "could not create database $1"
}

# Npgsql connection string to a database of the private cluster.
connection_string() {
  printf 'Host=127.0.0.1;Port=%s;Database=%s;Username=%s;Password=%s' "$PG_PORT" "$1" "$PG_SUPERUSER" "$(pg_password)"
}
