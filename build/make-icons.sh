#!/bin/sh
# Renders build/icon.svg into the icons electron-builder packs; the results are committed, so this
# runs only when the drawing changes. Needs librsvg2-bin, imagemagick and icnsutils (Debian names).
set -eu
cd "$(dirname "$0")"
mkdir -p icons
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" icon.svg -o "icons/${size}x${size}.png"
done
cp icons/1024x1024.png icon.png
# Windows: every size the shell asks for, up to 256 (stored as PNG inside the .ico).
convert icons/16x16.png icons/24x24.png icons/32x32.png icons/48x48.png icons/64x64.png \
  icons/128x128.png icons/256x256.png icon.ico
# macOS: the sizes an .icns holds, 16 to 1024.
png2icns icon.icns icons/16x16.png icons/32x32.png icons/48x48.png icons/128x128.png \
  icons/256x256.png icons/512x512.png icons/1024x1024.png >/dev/null
