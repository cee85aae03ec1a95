#!/usr/bin/env bash
# test/doc_walkthrough.sh: the statements of doc/schema.md's "Entering a
# host, step by step" (its ```sql blocks) are exactly those that
# sql/schema_walkthrough.sql runs between "-- walkthrough: begin" and
# "-- walkthrough: end", so the document shows what the test checks.
# Needs no server.  Prints "N passed, N failed".
set -uo pipefail

cd "$(dirname "$0")/.."
passed=0
failed=0

doc=$(awk '/^## Entering a host, step by step/{f=1; next} /^## /{f=0}
	f && /^```sql$/{c=1; next} c && /^```$/{c=0; next} c' doc/schema.md | grep -v '^[[:space:]]*$')
sql=$(awk '/^-- walkthrough: begin$/{f=1; next} /^-- walkthrough: end$/{f=0} f' sql/schema_walkthrough.sql |
	grep -v '^[[:space:]]*$')

if [ -n "$doc" ] && [ "$doc" = "$sql" ]; then
	passed=$((passed + 1)); echo "ok - doc/schema.md's walk-through is sql/schema_walkthrough.sql's"
else
	failed=$((failed + 1)); echo "not ok - doc/schema.md's walk-through is sql/schema_walkthrough.sql's"
	diff <(printf '%s\n' "$doc") <(printf '%s\n' "$sql") | head -n 20
fi
n=$(printf '%s\n' "$sql" | grep -c ';$')
if [ "$n" -ge 10 ]; then
	passed=$((passed + 1)); echo "ok - the walk-through has its statements ($n)"
else
	failed=$((failed + 1)); echo "not ok - the walk-through has its statements ($n)"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
