#!/bin/bash
# The time to a first result (README, "Sample data"; docs/benchmarks.md): a fresh database, the API started as
# ./deepnote run starts it (build it first), then the set-up link -> completeSetup -> the project -> block 1, over GraphQL.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"; cd "$ROOT"
source scripts/common.sh
require_dotnet
PG_BIN=$(pg_bin); DB_OS_USER=$(db_os_user)
recreate_database deepnote_measure
ensure_master_key
ensure_sample_database
export DEEPNOTE_DB=$(connection_string deepnote_measure) DEEPNOTE_DATA_DIR="$DATA_DIR" DEEPNOTE_WEB_ROOT="$ROOT/src/Api/wwwroot" DEEPNOTE_URLS="https://127.0.0.1:5443"
rm -f "$DATA_DIR/first-result.log"
dotnet run --project src/Api/Api.csproj -c Release --no-build > "$DATA_DIR/first-result.log" 2>&1 &
API=$!
trap 'kill $API 2>/dev/null || true' EXIT
until grep -q "setup?token=" "$DATA_DIR/first-result.log"; do sleep 0.2; done
T0=$(date +%s.%N)
TOKEN=$(grep -o 'setup?token=[^ ║]*' "$DATA_DIR/first-result.log" | head -1 | cut -d= -f2-)
TOKEN=$(python3 -c "import urllib.parse,sys;print(urllib.parse.unquote(sys.argv[1]))" "$TOKEN")
C=$(mktemp); trap 'kill $API 2>/dev/null || true; rm -f $C' EXIT
q() { curl -sk -b $C -c $C -H 'Content-Type: application/json' -H 'X-Deepnote-CSRF: 1' https://127.0.0.1:5443/graphql -d "$1"; }
q "$(python3 -c 'import json,sys;print(json.dumps({"query":"mutation($t:String!){completeSetup(input:{token:$t,email:\"me@example.com\",password:\"A-long-first-password-1\"}){user{id}}}","variables":{"t":sys.argv[1]}}))' "$TOKEN")" > /dev/null
T1=$(date +%s.%N)
P=$(q '{"query":"{ me { workspaces { edges { node { projects(first:5) { edges { node { id blocks { id } } } } } } } } }"}')
PID=$(echo "$P" | python3 -c 'import json,sys;d=json.load(sys.stdin);n=d["data"]["me"]["workspaces"]["edges"][0]["node"]["projects"]["edges"][0]["node"];print(n["id"], n["blocks"][0]["id"])')
set -- $PID
R=$(q "{\"query\":\"mutation { executeQuery(input: { projectId: \\\"$1\\\", blockId: \\\"$2\\\" }) { execution { status rowCount durationMs } } }\"}")
T2=$(date +%s.%N)
echo "$R"
python3 -c "import sys;t0,t1,t2=map(float,sys.argv[1:]);print(f'completeSetup {t1-t0:.2f} s; first result {t2-t0:.2f} s after the app answered')" $T0 $T1 $T2
