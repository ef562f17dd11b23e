# shellcheck shell=bash
# Shared helpers for ./deepnote (sourced, never run). Expects ROOT (the repository root, absolute) to be set.
# Every step is idempotent: a second run reuses what the first one made.

DATA_DIR="$ROOT/.data"
MASTER_KEY="$DATA_DIR/master.key"
APT_UPDATED=0

if [ -t 2 ] && [ -z "${NO_COLOR:-}" ] && [ "${TERM:-dumb}" != dumb ]; then
  C_BOLD=$'\033[1m' C_RED=$'\033[31m' C_YELLOW=$'\033[33m' C_RESET=$'\033[0m'
else
  C_BOLD='' C_RED='' C_YELLOW='' C_RESET=''
fi

log() { printf '%s==> %s%s\n' "$C_BOLD" "$*" "$C_RESET" >&2; }
warn() { printf '%sdeepnote: warning: %s%s\n' "$C_YELLOW" "$*" "$C_RESET" >&2; }
die() { printf '%sdeepnote: error: %s%s\n' "$C_RED" "$*" "$C_RESET" >&2; exit 1; }

is_root() { [ "$(id -u)" -eq 0 ]; }

# Installs Debian packages; `apt-get update` runs at most once per ./deepnote invocation.
apt_install() {
  is_root || die "$* must be installed: run as root, or install it yourself (apt-get install $*)"
  command -v apt-get >/dev/null 2>&1 || die "apt-get not found: install $* yourself"
  export DEBIAN_FRONTEND=noninteractive
  if [ "$APT_UPDATED" -eq 0 ]; then
    log "apt-get update"
    apt-get update -q || die "apt-get update failed"
    APT_UPDATED=1
  fi
  log "apt-get install -y $*"
  apt-get install -y -q "$@" || die "apt-get install $* failed"
}

require_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1 && [ -x "$HOME/.dotnet/dotnet" ]; then
    PATH="$HOME/.dotnet:$PATH"
  fi
  command -v dotnet >/dev/null 2>&1 || die "the .NET 10 SDK is needed (dotnet on PATH): https://learn.microsoft.com/dotnet/core/install/linux-debian"
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
}

ensure_data_dir() {
  [ -d "$DATA_DIR" ] || mkdir -p "$DATA_DIR"
}

# The local key provider's master key: 32 random bytes, base64, mode 0600, created once and never replaced.
ensure_master_key() {
  ensure_data_dir
  if [ ! -s "$MASTER_KEY" ]; then
    log "creating the local master key .data/master.key (32 random bytes, base64, mode 0600)"
    local tmp="$MASTER_KEY.tmp.$$"
    (
      umask 077
      head -c 32 /dev/urandom | base64 -w 0 >"$tmp"
      printf '\n' >>"$tmp"
    )
    mv -f "$tmp" "$MASTER_KEY"
  fi
  chmod 600 "$MASTER_KEY"
  export DEEPNOTE_MASTER_KEY_FILE="$MASTER_KEY"
}

# Debian's Chromium for the browser tests (never a downloaded browser).
ensure_chromium() {
  if [ ! -x /usr/bin/chromium ]; then
    log "/usr/bin/chromium is missing: installing Debian's chromium"
    apt_install chromium fonts-liberation
  fi
  [ -x /usr/bin/chromium ] || die "/usr/bin/chromium is still missing after apt-get install chromium"
  export DEEPNOTE_CHROMIUM=/usr/bin/chromium
}
