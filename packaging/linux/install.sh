#!/bin/sh
# Install the unpacked bundle for the current user (or system-wide when run as root).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if [ "$(id -u)" -eq 0 ]; then
  prefix=/opt/review-workbench; apps=/usr/share/applications; icons=/usr/share/icons/hicolor/256x256/apps; bin=/usr/local/bin
else
  prefix="$HOME/.local/opt/review-workbench"; apps="$HOME/.local/share/applications"
  icons="$HOME/.local/share/icons/hicolor/256x256/apps"; bin="$HOME/.local/bin"
fi
mkdir -p "$prefix" "$apps" "$icons" "$bin"
rm -rf "$prefix/workbench"
cp -a "$here/workbench" "$prefix/"
ln -sf "$prefix/workbench/workbench" "$bin/workbench"
cp "$here/workbench.png" "$icons/workbench.png"
sed "s|^Exec=.*|Exec=$prefix/workbench/workbench|" "$here/workbench.desktop" > "$apps/workbench.desktop"
"$prefix/workbench/workbench" self-test >/dev/null && echo "installed in $prefix; self-test passed"
