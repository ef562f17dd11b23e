# Shared set-up steps for ./deepnote (sourced, not run). Every step is idempotent: a second run reuses what the
# first one made. Needs root on a fresh Debian machine only to install packages.

DATA_DIR="$ROOT/.data"
PG_DATA="$DATA_DIR/postgres"
PG_RUN="$DATA_DIR/pgrun"
PG_LOG="$DATA_DIR/postgres.log"
PG_PORT="${DEEPNOTE_PG_PORT:-54329}"
PG_SUPERUSER="deepnote"
PASSWORD_FILE="$DATA_DIR/db.password"
MASTER_KEY="$DATA_DIR/master.key"
APT_UPDATED=""

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'deepnote: %s\n' "$*" >&2; exit 1; }

apt_install() {
  [ "$(id -u)" -eq 0 ] || die "installing $* needs root (or install it yourself)"
  if [ -z "$APT_UPDATED" ]; then
    log "apt-get update"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    APT_UPDATED=1
  fi
  log "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

require_dotnet() {
  command -v dotnet >/dev/null || die "the .NET 10 SDK is needed (dotnet on PATH)"
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
}

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$dir" ] || [ ! -x "$dir/initdb" ]; then
    apt_install postgresql postgresql-contrib
    dir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  printf '%s' "$dir"
}

# The OS user that owns the private cluster (initdb refuses root).
db_os_user() {
  if id postgres >/dev/null 2>&1; then printf 'postgres'; return; fi
  if ! id deepnote >/dev/null 2>&1; then useradd --system --no-create-home --shell /usr/sbin/nologin deepnote; fi
  printf 'deepnote'
}

as_db_user() { runuser -u "$DB_OS_USER" -- "$@"; }

# The cluster lives under the repository; its owner must be able to reach it.
grant_traverse() {
  local dir="$ROOT"
  while [ "$dir" != "/" ]; do
    if ! as_db_user test -x "$dir"; then
      log "allowing $DB_OS_USER to traverse $dir (chmod o+x)"
      chmod o+x "$dir"
    fi
    dir=$(dirname "$dir")
  done
}

pg_password() { cat "$PASSWORD_FILE"; }

connection_string() {
  printf 'Host=127.0.0.1;Port=%s;Database=%s;Username=%s;Password=%s' "$PG_PORT" "$1" "$PG_SUPERUSER" "$(pg_password)"
}

psql_admin() {
  PGPASSWORD="$(pg_password)" "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U "$PG_SUPERUSER" -d postgres -v ON_ERROR_STOP=1 -qtA "$@"
}

db_start() {
  PG_BIN=$(pg_bin)
  DB_OS_USER=$(db_os_user)
  mkdir -p "$DATA_DIR"
  chmod 755 "$DATA_DIR"
  grant_traverse
  mkdir -p "$PG_RUN"
  chown "$DB_OS_USER" "$PG_RUN"
  touch "$PG_LOG" && chown "$DB_OS_USER" "$PG_LOG"

  if [ ! -f "$PASSWORD_FILE" ]; then
    (umask 077; head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$PASSWORD_FILE")
  fi

  if [ ! -f "$PG_DATA/PG_VERSION" ]; then
    log "creating a private PostgreSQL cluster in .data/postgres (port $PG_PORT, 127.0.0.1 only)"
    mkdir -p "$PG_DATA"
    chown "$DB_OS_USER" "$PG_DATA"
    chmod 700 "$PG_DATA"
    local pwfile="$PG_RUN/initdb.pw"
    (umask 077; pg_password > "$pwfile")
    chown "$DB_OS_USER" "$pwfile"
    as_db_user "$PG_BIN/initdb" -D "$PG_DATA" -U "$PG_SUPERUSER" --pwfile="$pwfile" -E UTF8 --no-locale \
      --auth-host=scram-sha-256 --auth-local=scram-sha-256 >/dev/null
    rm -f "$pwfile"
    cat >> "$PG_DATA/postgresql.conf" <<CONF

# ./deepnote
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_RUN'
max_connections = 300
shared_buffers = 256MB
CONF
  fi

  if ! as_db_user "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
    log "starting PostgreSQL"
    as_db_user "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 60 start >/dev/null \
      || { tail -n 20 "$PG_LOG" >&2; die "PostgreSQL did not start (log: .data/postgres.log)"; }
  fi
}

db_stop() {
  PG_BIN=$(pg_bin)
  DB_OS_USER=$(db_os_user)
  if [ -f "$PG_DATA/PG_VERSION" ] && as_db_user "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
    as_db_user "$PG_BIN/pg_ctl" -D "$PG_DATA" -w -m fast stop >/dev/null
    log "PostgreSQL stopped"
  else
    log "PostgreSQL is not running"
  fi
}

ensure_database() {
  if [ "$(psql_admin -c "select 1 from pg_database where datname = '$1'")" != "1" ]; then
    log "creating database $1"
    psql_admin -c "create database $1"
  fi
}

recreate_database() {
  psql_admin -c "drop database if exists $1 with (force)"
  psql_admin -c "create database $1"
}

ensure_master_key() {
  # .data/ exists only once the private cluster was created; with DEEPNOTE_DB it may not (yet).
  mkdir -p "$DATA_DIR"
  if [ ! -f "$MASTER_KEY" ]; then
    log "creating the local master key .data/master.key (mode 0600)"
    (umask 077; head -c 32 /dev/urandom | base64 > "$MASTER_KEY")
  fi
  chmod 600 "$MASTER_KEY"
  export DEEPNOTE_MASTER_KEY_FILE="$MASTER_KEY"
}

build_spa() {
  command -v npm >/dev/null || apt_install nodejs npm
  (
    cd "$ROOT/src/Web"
    if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
      log "npm ci (src/Web)"
      npm ci --no-audit --no-fund --loglevel=error
    fi
    log "building the SPA into src/Api/wwwroot"
    npm run --silent build >/dev/null
  )
}

ensure_chromium() {
  [ -x /usr/bin/chromium ] || apt_install chromium fonts-liberation
  export DEEPNOTE_CHROMIUM=/usr/bin/chromium
}
