# shellcheck shell=bash
# The React SPA in src/Web (sourced after scripts/common.sh, never run).

WEB_DIR="$ROOT/src/Web"

spa_present() { [ -f "$WEB_DIR/package.json" ]; }

spa_require_node() {
  command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 \
    || die "node 20+ and npm are needed for the SPA in src/Web (they are not on PATH)"
  local major
  major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
  if [ "${major:-0}" -lt 20 ] 2>/dev/null; then
    warn "node $(node -v) is older than the node 20 that src/Web needs"
  fi
  export NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false
}

# npm ci when node_modules is missing or older than package-lock.json. Returns non-zero on failure.
spa_install() {
  local lock="$WEB_DIR/package-lock.json" stamp="$WEB_DIR/node_modules/.package-lock.json"
  if [ -f "$stamp" ] && { [ ! -f "$lock" ] || [ ! "$lock" -nt "$stamp" ]; }; then
    log "src/Web/node_modules is up to date with package-lock.json"
    return 0
  fi
  if [ -f "$lock" ]; then
    log "npm ci (src/Web)"
    (cd "$WEB_DIR" && npm ci --no-audit --no-fund) || { warn "npm ci failed in src/Web"; return 1; }
  else
    log "npm install (src/Web has no package-lock.json yet)"
    (cd "$WEB_DIR" && npm install --no-audit --no-fund) || { warn "npm install failed in src/Web"; return 1; }
  fi
}

# Installs the dependencies and builds the SPA into src/Api/wwwroot. Returns non-zero on failure.
spa_build() {
  if ! spa_present; then
    log "src/Web/package.json does not exist yet: skipping the SPA (npm ci, npm run build)"
    return 0
  fi
  spa_require_node
  spa_install || return 1
  log "npm run build (src/Web -> src/Api/wwwroot)"
  (cd "$WEB_DIR" && npm run build) || { warn "the SPA build failed (npm run build in src/Web)"; return 1; }
}
