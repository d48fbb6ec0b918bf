#!/usr/bin/env bash
# Builds Facilitator Companion for Linux: a PyInstaller one-folder bundle and a .deb.
#
#     packaging/build-linux.sh [--out DIR] [--no-deb] [--no-setup] [--compression zstd|xz|gzip]
#                              [--vlc LIBDIR]
#
# On a fresh Debian 12 / Ubuntu 24.04 machine this one command installs what it needs
# (scripts/setup: Debian packages and .venv, skipped with --no-setup; then binutils and
# PyInstaller when missing) and writes, in DIR (default packaging/dist):
#     facilitator-companion/                      the bundle: run facilitator-companion/facilitator
#     facilitator-companion_<version>-1_<arch>.deb
#         install: sudo apt-get install ./DIR/facilitator-companion_*.deb
#     build/                                      PyInstaller's work files
# The bundle carries its own Python and Qt; films play through the distribution's VLC
# (the .deb depends on it) or, without VLC, through Qt Multimedia.
# Build on the oldest distribution you want to support: the bundle needs a glibc at least
# as new as the build machine's (the .deb says so in its Depends).
# --vlc LIBDIR (e.g. /usr/lib/x86_64-linux-gnu) instead makes a portable bundle that
# carries libvlc and its plugins, as the Windows and macOS builds do (no .deb then).
set -euo pipefail
cd "$(dirname "$0")/.."

out=packaging/dist
make_deb=1
setup=1
compression=zstd
vlc=()
while (($#)); do
  case $1 in
    --out) out=$2; shift 2 ;;
    --no-deb) make_deb=0; shift ;;
    --no-setup) setup=0; shift ;;
    --compression) compression=$2; shift 2 ;;
    --vlc) vlc=(-- --vlc "$(cd "$2" && pwd)"); make_deb=0; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 0 ;;
    *) echo "build-linux: unknown option $1" >&2; exit 2 ;;
  esac
done
mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$out/build

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

((setup)) && scripts/setup
# The build's own tools, also with --no-setup (the tests build with it on a fresh CI machine).
tools=()
for tool in strip readelf objdump; do
  command -v "$tool" >/dev/null 2>&1 || { tools+=(binutils); break; }
done
command -v dpkg-deb >/dev/null 2>&1 || tools+=(dpkg)
if ((${#tools[@]})); then
  echo "build-linux: installing ${tools[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${tools[@]}"
fi
if ! .venv/bin/python -c "import PyInstaller" 2>/dev/null; then
  echo "build-linux: installing PyInstaller into .venv"
  .venv/bin/python -m pip install -q "pyinstaller>=6.10"
fi

echo "build-linux: building the bundle in $out (work files in $work)"
start=$SECONDS
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath "$out" --workpath "$work" packaging/facilitator.spec "${vlc[@]}"
bundle=$out/facilitator-companion
echo "build-linux: bundle $(du -sh "$bundle" | cut -f1) in $((SECONDS - start)) s: $bundle"

# The bundle must run on its own: a quick check before packaging it.
QT_QPA_PLATFORM=offscreen "$bundle/facilitator" --version

if ((make_deb)); then
  start=$SECONDS
  deb=$(.venv/bin/python packaging/linux/make_deb.py "$bundle" "$out" --compression "$compression")
  echo "build-linux: $(du -h "$deb" | cut -f1) package in $((SECONDS - start)) s: $deb"
  echo "build-linux: install it with: sudo apt-get install $deb"
fi
