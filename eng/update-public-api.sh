#!/usr/bin/env bash
# Brings each src project's PublicAPI.Unshipped.txt in line with its code: symbols the analyzer reports as
# undeclared (RS0016) are added, symbols declared but gone (RS0017) are removed. Review the diff afterwards:
# every line is a public API promise.
# Usage: eng/update-public-api.sh [project-dir ...]   (default: every project under src/)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
projects=("$@")
[ ${#projects[@]} -gt 0 ] || mapfile -t projects < <(find src -mindepth 1 -maxdepth 1 -type d | sort)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for dir in "${projects[@]}"; do
  dir=${dir%/}
  name=$(basename "$dir")
  [ -f "$dir/$name.csproj" ] || continue
  for round in 1 2 3; do
    dotnet build "$dir/$name.csproj" -f net10.0 -nologo -clp:NoSummary -p:TreatWarningsAsErrors=false > "$tmp/log" 2>&1 || true
    python3 - "$dir/PublicAPI.Unshipped.txt" "$tmp/log" "$dir" <<'PY'
import re, sys, os
path, log, project = sys.argv[1], sys.argv[2], os.path.abspath(sys.argv[3])
added, removed = set(), set()
for line in open(log, encoding='utf-8', errors='replace'):
    if project not in line:
        continue
    m = re.search(r"RS0016: Symbol '(.*)' is not part of the declared public API", line)
    if m: added.add(m.group(1))
    m = re.search(r"RS0017: Symbol '(.*)' is part of the declared API, but is either not public or could not be found", line)
    if m: removed.add(m.group(1))
lines = [l.rstrip('\n') for l in open(path, encoding='utf-8')]
body = [l for l in lines[1:] if l.strip() and l not in removed]
new = sorted(set(body) | added, key=lambda s: (s.lower(), s))
open(path, 'w', encoding='utf-8').write('#nullable enable\n' + ''.join(l + '\n' for l in new))
print(f"{os.path.basename(project)}: +{len(added)} -{len(removed)}")
open(os.path.join(os.path.dirname(log), 'changed'), 'w').write('1' if (added or removed) else '0')
PY
    [ "$(cat "$tmp/changed")" = 1 ] || break
  done
done
