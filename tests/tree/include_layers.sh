#!/usr/bin/env bash
# The layers' includes point down only. Fails, naming each line, when
#   - a file of an orm/src folder includes a private header of a folder above its own (the order is LAYERS below,
#     the same as orm/CMakeLists.txt's), or one that names no folder;
#   - anything in orm/ includes a header of app/ or ui/, or a Qt Widgets header;
#   - anything in app/core includes a header of ui/, or a Qt Widgets header.
# Files at the root of orm/src (none today) are not in a layer yet: they may include any folder, and none may
# include them.
#
#   include_layers.sh SOURCE_DIR QT_WIDGETS_INCLUDE_DIR    (the folder of <QWidget> and the other Widgets headers)
set -euo pipefail

root=${1:?usage: include_layers.sh SOURCE_DIR QT_WIDGETS_INCLUDE_DIR}
widgets_dir=${2:?usage: include_layers.sh SOURCE_DIR QT_WIDGETS_INCLUDE_DIR}
if [[ ! -f $widgets_dir/QWidget ]]; then
    echo "include_layers: $widgets_dir holds no QWidget header: give Qt Widgets' include folder" >&2
    exit 2
fi
LAYERS=(core dialects query sqlite database schema model views)

problems=""
layers=$(IFS=' '; echo "${LAYERS[*]}")

# Every include of DIR as "file:line:header:text", one grep for the whole tree.
includes()
{
    grep -rnE '^\s*#\s*include\s+[<"]' "$1" --include='*.cpp' --include='*.h' |
        sed -E 's/^([^:]+):([0-9]+):(\s*#\s*include\s+[<"]([^>"]+)[>"].*)$/\1:\2:\4:\3/' || true
}

# 1. orm/src: each folder includes from its own and the folders below it (quoted includes name their folder).
problems+=$(includes "$root/orm/src" | awk -F: -v root="$root/orm/src/" -v layers="$layers" '
    BEGIN { n = split(layers, l, " "); for (i = 1; i <= n; ++i) rank[l[i]] = i }
    {
        file = substr($1, length(root) + 1)
        if (file !~ /\//) next # not in a layer yet
        layer = substr(file, 1, index(file, "/") - 1)
        if (!(layer in rank)) { print "orm/src/" file ": in " layer ", not a layer (add it to LAYERS, in order)"; next }
        text = $0; sub(/^[^:]*:[^:]*:[^:]*:/, "", text)
        if (text !~ /"/ || $3 ~ /\.moc$/) next
        where = "orm/src/" file ":" $2 ": " text
        if ($3 !~ /\//) { print where " (name the header'"'"'s folder)"; next }
        target = substr($3, 1, index($3, "/") - 1)
        if (!(target in rank)) print where " (" target " is not a layer of orm/src)"
        else if (rank[target] > rank[layer]) print where " (" layer " may not include " target ", a layer above it)"
    }')$'\n'

# Headers by base name: app/core's public ones are included as <catalogue/x.h>, ui's and app's as "x.h".
ui_headers=$(find "$root/ui" -name '*.h' -printf '%f\n' | sort -u)
app_headers=$(find "$root/app" -path "$root/app/core" -prune -o -name '*.h' -printf '%f\n' | sort -u)
widget_headers=$(find "$widgets_dir" -maxdepth 1 -type f -printf '%f\n')$'\nQtWidgets'

# forbidden DIR LABEL NAMES [DOMAIN]: DIR's includes of a header whose base name is one of NAMES (one a line), and
# with DOMAIN=1 of app/core's <catalogue/...>.
forbidden()
{
    local dir=$1 label=$2 names=$3 domain=${4:-0}
    includes "$dir" | awk -F: -v root="$root/" -v label="$label" -v names="$names" -v domain="$domain" '
        BEGIN { n = split(names, l, "\n"); for (i = 1; i <= n; ++i) if (l[i] != "") bad[l[i]] = 1 }
        {
            base = $3; sub(/.*\//, "", base)
            text = $0; sub(/^[^:]*:[^:]*:[^:]*:/, "", text)
            if ($3 ~ /^orm\// || $3 ~ /\.moc$/) next
            if ((base in bad) || (domain && $3 ~ /^catalogue\//))
                print substr($1, length(root) + 1) ":" $2 ": " text " (" label ")"
        }'
}

# 2. orm/ knows nothing of the book domain, the window or widgets.
problems+=$(forbidden "$root/orm" "orm may not include app/core" "" 1)$'\n'
problems+=$(forbidden "$root/orm" "orm may not include ui/" "$ui_headers")$'\n'
problems+=$(forbidden "$root/orm" "orm may not include app/" "$app_headers")$'\n'
problems+=$(forbidden "$root/orm" "orm may not include Qt Widgets" "$widget_headers")$'\n'
# 3. app/core: no window, no widgets.
problems+=$(forbidden "$root/app/core" "app/core may not include ui/" "$ui_headers")$'\n'
problems+=$(forbidden "$root/app/core" "app/core may not include Qt Widgets" "$widget_headers")$'\n'

problems=$(grep -v '^$' <<<"$problems" || true)
if [[ -n $problems ]]; then
    echo "include_layers: $(wc -l <<<"$problems") include(s) point the wrong way:" >&2
    while IFS= read -r problem; do
        echo "  $problem" >&2
    done <<<"$problems"
    exit 1
fi
echo "include_layers: orm/src's layers (${LAYERS[*]}) include only downwards; orm and app/core include no ui/ header nor Qt Widgets"
