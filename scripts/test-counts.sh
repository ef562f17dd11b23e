# shellcheck shell=bash
# Test counts for ./deepnote test, with grep/sed/awk only (python3 may be absent). Sourced, never run.

# The integer value of attribute $1 in the XML tag $2 (0 when absent).
xml_attr() {
  local value
  value=$(printf '%s' "$2" | sed -n "s/.*[[:space:]]$1=\"\([0-9][0-9]*\)\".*/\1/p")
  printf '%s' "${value:-0}"
}

# Sums the <Counters .../> of every .trx under $1. Prints "passed failed skipped files".
# failed counts failed + error + timeout + aborted; skipped is notExecuted, or whatever else of `total` did not
# pass or fail (older TRX loggers count a skipped test in total only).
trx_counts() {
  local dir=$1 file tag files=0 passed=0 failed=0 skipped=0
  local total p f ne rest
  while IFS= read -r -d '' file; do
    files=$((files + 1))
    tag=$(tr '\r\n' '  ' <"$file" | grep -o '<Counters[[:space:]][^>]*>' | head -n 1 || true)
    if [ -z "$tag" ]; then
      warn "no <Counters> in $file (test run aborted?): counted as 1 failure"
      failed=$((failed + 1))
      continue
    fi
    total=$(xml_attr total "$tag")
    p=$(xml_attr passed "$tag")
    f=$(($(xml_attr failed "$tag") + $(xml_attr error "$tag") + $(xml_attr timeout "$tag") + $(xml_attr aborted "$tag")))
    ne=$(xml_attr notExecuted "$tag")
    rest=$((total - p - f))
    if [ "$rest" -gt "$ne" ]; then ne=$rest; fi
    passed=$((passed + p))
    failed=$((failed + f))
    skipped=$((skipped + ne))
  done < <(find "$dir" -type f -name '*.trx' -print0 2>/dev/null)
  printf '%s %s %s %s\n' "$passed" "$failed" "$skipped" "$files"
}

# The first integer value of "$1" in the JSON file $2 (0 when absent).
json_int() {
  local value
  value=$(grep -o "\"$1\"[[:space:]]*:[[:space:]]*[0-9][0-9]*" "$2" | head -n 1 | grep -o '[0-9][0-9]*$' || true)
  printf '%s' "${value:-0}"
}

# Counts from Vitest's JSON report $1, else from the summary line ("Tests  3 failed | 12 passed | 1 skipped (16)")
# of its console output $2. Prints "passed failed skipped found" (found is 0 when neither had counts).
vitest_counts() {
  local json=$1 console=$2 line n passed=0 failed=0 skipped=0
  if [ -s "$json" ] && grep -q '"numTotalTests"' "$json"; then
    passed=$(json_int numPassedTests "$json")
    failed=$(json_int numFailedTests "$json")
    skipped=$(($(json_int numPendingTests "$json") + $(json_int numTodoTests "$json")))
    printf '%s %s %s 1\n' "$passed" "$failed" "$skipped"
    return 0
  fi
  if [ -s "$console" ]; then
    line=$(sed 's/\x1b\[[0-9;]*[A-Za-z]//g' "$console" | grep -E '^[[:space:]]*Tests[[:space:]]+[0-9]' | tail -n 1 || true)
    if [ -n "$line" ]; then
      n=$(printf '%s' "$line" | grep -oE '[0-9]+ passed' | grep -oE '[0-9]+' || true); passed=${n:-0}
      n=$(printf '%s' "$line" | grep -oE '[0-9]+ failed' | grep -oE '[0-9]+' || true); failed=${n:-0}
      n=$(printf '%s' "$line" | grep -oE '[0-9]+ (skipped|todo)' | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}' || true)
      skipped=${n:-0}
      printf '%s %s %s 1\n' "$passed" "$failed" "$skipped"
      return 0
    fi
  fi
  printf '0 0 0 0\n'
}
