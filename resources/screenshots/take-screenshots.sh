#!/usr/bin/env bash
# Takes the README's screenshots from the real app on the bundled demo history, under a
# virtual X server: the main window mid-history, the Cause inspector on an entry that is part
# of a chain, the diff of an update, and the history of an order as it is delivered. Usage: take-screenshots.sh [path/to/dtdb-history]
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
app=${1:-$root/build/dev/app/dtdb-history/dtdb-history}
demo=$root/resources/demo/server
out=$root/resources/screenshots
[ -x "$app" ] || { echo "build the app first (make build): $app not found" >&2; exit 2; }

# Entries of a server folder replay in file-name order across both query folders.
mapfile -t entries < <(cd "$demo" && ls success_query error_query | grep '\.q$' | sort)
folder_of() { [ -f "$demo/success_query/$1" ] && echo success_query || echo error_query; }

# The first entry after the middle of the history whose file matches a pattern; prints the
# position just after it (the entry is then "at the cursor").
position_after_middle() {
    local pattern=$1 i
    for ((i = ${#entries[@]} / 2; i < ${#entries[@]}; i++)); do
        local f=${entries[$i]}
        if grep -q -- "$pattern" "$demo/$(folder_of "$f")/$f"; then
            echo $((i + 1))
            return
        fi
    done
    echo "no entry matches $pattern" >&2
    exit 1
}

chained=$(position_after_middle '"chainParentSerial": "')
updated=$(position_after_middle '"className": "TransactionQuery"')
delivered=$(position_after_middle '"deliveredAt"')
middle=$(( ${#entries[@]} * 3 / 5 ))

# A private settings folder: the shots do not depend on (or change) the user's settings.
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT

shoot() { # NAME POSITION PANEL
    XDG_CONFIG_HOME=$config LANG=C.UTF-8 LC_ALL=C.UTF-8 xvfb-run -a -s "-screen 0 1600x1000x24" \
        bash -c '"$0" -geometry 1600x1000+0+0 --at "$2" --panel "$3" "$4" & pid=$!
                 sleep 6; import -window root "$1"; kill $pid' \
        "$app" "$out/$1.png" "$2" "$3" "$demo"
    echo "wrote $out/$1.png (position $2)"
}

shoot main-window "$middle" log
shoot cause-inspector "$chained" cause
shoot diff "$updated" diff
shoot item-history "$delivered" itemHistory
