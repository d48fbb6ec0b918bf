#!/usr/bin/env bash
# Renders the application icon from its SVG sources into resources/icons/app/:
#   facilitator-companion-<size>.png   16 32 48 64 128 256 512 (16 and 32 from the
#                                      simplified -small.svg, which stays legible there)
#   facilitator-companion.ico          Windows: 16 24 32 48 64 128 256 in one file
#   FacilitatorCompanion.icns          macOS: with iconutil on a Mac (packaging/macos/
#                                      build.sh does the same), with png2icns elsewhere
# Needs rsvg-convert and ImageMagick (Debian: apt-get install librsvg2-bin imagemagick),
# and for .icns off a Mac png2icns (icnsutils). The outputs are committed; run this again
# only after changing an SVG.
set -euo pipefail
cd "$(dirname "$0")/../../resources/icons/app"
full=facilitator-companion.svg
small=facilitator-companion-small.svg
render() { # size source output
  rsvg-convert --width "$1" --height "$1" --keep-aspect-ratio "$2" --output "$3"
}
for size in 16 24 32 48 64 128 256 512; do
  source=$full
  ((size <= 32)) && source=$small
  render "$size" "$source" "facilitator-companion-$size.png"
done
# Windows icon: every size in one .ico (PNG-compressed 256 entry, as Windows Vista+ reads).
convert facilitator-companion-{16,24,32,48,64,128,256}.png facilitator-companion.ico
rm facilitator-companion-24.png  # only the .ico needs it
# macOS icon.
if command -v iconutil >/dev/null 2>&1; then
  set_dir=$(mktemp -d)/FacilitatorCompanion.iconset
  mkdir -p "$set_dir"
  for size in 16 32 128 256 512; do
    render "$size" "$( ((size <= 32)) && echo $small || echo $full )" "$set_dir/icon_${size}x${size}.png"
    render "$((size * 2))" "$full" "$set_dir/icon_${size}x${size}@2x.png"
  done
  iconutil --convert icns --output FacilitatorCompanion.icns "$set_dir"
elif command -v png2icns >/dev/null 2>&1; then
  png2icns FacilitatorCompanion.icns facilitator-companion-{16,32,48,128,256,512}.png >/dev/null
else
  echo "render-icons: neither iconutil nor png2icns found; FacilitatorCompanion.icns not made" >&2
fi
ls -l
