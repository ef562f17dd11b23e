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

# Starts (creating on first use) a private cluster: cluster_start <data dir> <socket dir> <log> <port> <superuser> <password file>
cluster_start() {
  local data="$1" run="$2" logfile="$3" port="$4" superuser="$5" pwfile_src="$6"
  PG_BIN=$(pg_bin)
  DB_OS_USER=$(db_os_user)
  mkdir -p "$DATA_DIR"
  chmod 755 "$DATA_DIR"
  grant_traverse
  mkdir -p "$run"
  chown "$DB_OS_USER" "$run"
  touch "$logfile" && chown "$DB_OS_USER" "$logfile"

  if [ ! -f "$pwfile_src" ]; then
    (umask 077; head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$pwfile_src")
  fi

  if [ ! -f "$data/PG_VERSION" ]; then
    log "creating a private PostgreSQL cluster in ${data#"$ROOT"/} (port $port, 127.0.0.1 only)"
    mkdir -p "$data"
    chown "$DB_OS_USER" "$data"
    chmod 700 "$data"
    local pwfile="$run/initdb.pw"
    (umask 077; cat "$pwfile_src" > "$pwfile")
    chown "$DB_OS_USER" "$pwfile"
    as_db_user "$PG_BIN/initdb" -D "$data" -U "$superuser" --pwfile="$pwfile" -E UTF8 --no-locale \
      --auth-host=scram-sha-256 --auth-local=scram-sha-256 >/dev/null
    rm -f "$pwfile"
    cat >> "$data/postgresql.conf" <<CONF

# ./deepnote
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$run'
max_connections = 300
shared_buffers = ${7:-256MB}
password_encryption = scram-sha-256
CONF
  fi

  if ! as_db_user "$PG_BIN/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    log "starting PostgreSQL on port $port"
    as_db_user "$PG_BIN/pg_ctl" -D "$data" -l "$logfile" -w -t 60 start >/dev/null \
      || { tail -n 20 "$logfile" >&2; die "PostgreSQL did not start (log: ${logfile#"$ROOT"/})"; }
  fi
}

cluster_stop() {
  PG_BIN=$(pg_bin)
  DB_OS_USER=$(db_os_user)
  if [ -f "$1/PG_VERSION" ] && as_db_user "$PG_BIN/pg_ctl" -D "$1" status >/dev/null 2>&1; then
    as_db_user "$PG_BIN/pg_ctl" -D "$1" -w -m fast stop >/dev/null
    log "PostgreSQL (${1#"$ROOT"/}) stopped"
  fi
}

db_start() { cluster_start "$PG_DATA" "$PG_RUN" "$PG_LOG" "$PG_PORT" "$PG_SUPERUSER" "$PASSWORD_FILE"; }

db_stop() { cluster_stop "$PG_DATA"; cluster_stop "$CUSTOMERS_DATA"; }

# A second cluster standing for customers' databases (issue 12): its own port, password authentication, and the
# product's connections log in as non-superuser roles the tests create. Queries never run against the product's own.
CUSTOMERS_DATA="$DATA_DIR/customers"
CUSTOMERS_PORT="${DEEPNOTE_CUSTOMERS_PORT:-54339}"
CUSTOMERS_PASSWORD_FILE="$DATA_DIR/customers.password"

customers_start() {
  cluster_start "$CUSTOMERS_DATA" "$DATA_DIR/customers-run" "$DATA_DIR/customers.log" "$CUSTOMERS_PORT" \
    customers_admin "$CUSTOMERS_PASSWORD_FILE" 64MB
}

customers_connection_string() {
  printf 'Host=127.0.0.1;Port=%s;Database=postgres;Username=customers_admin;Password=%s' "$CUSTOMERS_PORT" \
    "$(cat "$CUSTOMERS_PASSWORD_FILE")"
}

# Sample data for a first look (README, "Sample data"; off with DEEPNOTE_DEMO=off): the database deepnote_sample in
# the customers' cluster, read by the role sample_reader only (read-only, SELECT only, a password of its own). Its
# connection string goes to the API, which makes the first admin a connection and a "Getting started" project with it.
SAMPLE_PASSWORD_FILE="$DATA_DIR/sample.password"

ensure_sample_database() {
  customers_start
  [ -f "$SAMPLE_PASSWORD_FILE" ] || (umask 077; head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$SAMPLE_PASSWORD_FILE")
  local password
  password=$(cat "$SAMPLE_PASSWORD_FILE")
  psql_customers() {
    PGPASSWORD="$(cat "$CUSTOMERS_PASSWORD_FILE")" "$PG_BIN/psql" -h 127.0.0.1 -p "$CUSTOMERS_PORT" -U customers_admin \
      -v ON_ERROR_STOP=1 -qtA "$@"
  }
  if [ "$(psql_customers -d postgres -c "select 1 from pg_database where datname = 'deepnote_sample'")" != "1" ]; then
    log "creating the sample database deepnote_sample (customers, products, orders: about 50,000 rows)"
    psql_customers -d postgres -c "create database deepnote_sample"
    # One transaction: an interrupted load leaves no half-filled tables behind (the next run loads it again).
    psql_customers -d deepnote_sample -1 -f "$ROOT/scripts/sample-data.sql" >/dev/null \
      || { psql_customers -d postgres -c "drop database deepnote_sample"; die "loading the sample data failed"; }
  fi
  psql_customers -d deepnote_sample -v password="$password" >/dev/null <<'SQL'
select format('create role sample_reader login nosuperuser nocreatedb nocreaterole noinherit password %L', :'password')
  where not exists (select 1 from pg_roles where rolname = 'sample_reader') \gexec
select format('alter role sample_reader with login password %L', :'password') \gexec
alter role sample_reader set default_transaction_read_only = on;
alter role sample_reader set statement_timeout = '60s';
revoke all on database deepnote_sample from public;
grant connect on database deepnote_sample to sample_reader;
grant usage on schema public to sample_reader;
grant select on all tables in schema public to sample_reader;
SQL
  export DEEPNOTE_DEMO_DATABASE="Host=127.0.0.1;Port=$CUSTOMERS_PORT;Database=deepnote_sample;Username=sample_reader;Password=$password"
}

# Query workers run under bubblewrap (docs/decisions/013).
ensure_bubblewrap() {
  [ -x /usr/bin/bwrap ] || apt_install bubblewrap
}

# The offline audit verifier (tools/verify-audit.py) runs on Debian's python3 with python3-cryptography; the tests
# run it on real exports.
ensure_audit_verifier() {
  /usr/bin/python3 -c 'import cryptography' 2>/dev/null || apt_install python3 python3-cryptography
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
