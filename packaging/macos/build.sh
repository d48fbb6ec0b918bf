#!/usr/bin/env bash
# Builds "Facilitator Companion.app" (carrying VLC) and a .dmg on macOS 11 or newer.
#
#     packaging/macos/build.sh [--vlc /Applications/VLC.app] [--out DIR] [--sign IDENTITY]
#                              [--notarize KEYCHAIN_PROFILE] [--no-dmg]
#
# Needs: Python 3.11+ from python.org (universal2) or Homebrew, and VLC 3.0.x for the
# same architecture as that Python (videolan.org offers Apple Silicon, Intel and universal
# builds; --vlc is the VLC.app to copy libvlc, libvlccore and plugins/ from, default
# /Applications/VLC.app), Xcode's command line tools (codesign, hdiutil, xcrun).
# Creates .venv if missing and installs the application and PyInstaller into it.
#
# Writes to DIR (default packaging/dist):
#     Facilitator Companion.app         the application (Contents/MacOS/facilitator is
#                                       the command line of DESIGN section 6)
#     FacilitatorCompanion-<version>.dmg
#
# Signing: without --sign the app is signed ad hoc ("-"), which is enough to run it on
# the machine that built it (Apple Silicon refuses unsigned code); others see Gatekeeper's
# warning. With --sign "Developer ID Application: …" it is signed with the hardened
# runtime and packaging/macos/entitlements.plist, and --notarize PROFILE (a profile saved
# with `xcrun notarytool store-credentials`) notarises and staples the .dmg.
set -euo pipefail
cd "$(dirname "$0")/../.."

vlc=/Applications/VLC.app
out=packaging/dist
identity=-
profile=
make_dmg=1
while (($#)); do
  case $1 in
    --vlc) vlc=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --sign) identity=$2; shift 2 ;;
    --notarize) profile=$2; shift 2 ;;
    --no-dmg) make_dmg=0; shift ;;
    -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[[ $(uname) == Darwin ]] || { echo "build.sh: run this on macOS" >&2; exit 2; }
for needed in "$vlc/Contents/MacOS/lib/libvlc.dylib" "$vlc/Contents/MacOS/lib/libvlccore.dylib" \
              "$vlc/Contents/MacOS/plugins"; do
  [[ -e $needed ]] || { echo "build.sh: $needed not found: install VLC or pass --vlc" >&2; exit 2; }
done

if [[ ! -x .venv/bin/python ]]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e . "pyinstaller>=6.10"
version=$(.venv/bin/python -c "import facilitator; print(facilitator.__version__)")

python_arch=$(.venv/bin/python -c "import platform; print(platform.machine())")
vlc_archs=$(lipo -archs "$vlc/Contents/MacOS/lib/libvlc.dylib")
[[ " $vlc_archs " == *" $python_arch "* ]] || {
  echo "build.sh: this Python is $python_arch but $vlc holds $vlc_archs: use a matching VLC" >&2
  exit 2
}

mkdir -p "$out"
out=$(cd "$out" && pwd)
echo "build.sh: building Facilitator Companion $version ($python_arch) into $out"
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath "$out" --workpath "$out/build" packaging/facilitator.spec -- --vlc "$vlc"
app="$out/Facilitator Companion.app"

# Sign everything inside out (PyInstaller signed ad hoc; a real identity needs a re-sign).
if [[ $identity != - ]]; then
  codesign --force --deep --timestamp --options runtime \
    --entitlements packaging/macos/entitlements.plist --sign "$identity" "$app"
fi
codesign --verify --deep --strict "$app"

# Smoke test: the command line, and a demo film through the bundled VLC.
"$app/Contents/MacOS/facilitator" --version
QT_QPA_PLATFORM=offscreen FACILITATOR_SELFTEST=play "$app/Contents/MacOS/facilitator"

if ((make_dmg)); then
  dmg="$out/FacilitatorCompanion-$version.dmg"
  staging=$(mktemp -d)
  cp -R "$app" "$staging/"
  ln -s /Applications "$staging/Applications"
  hdiutil create -quiet -volname "Facilitator Companion" -srcfolder "$staging" -ov \
    -format UDZO "$dmg"
  rm -rf "$staging"
  if [[ $identity != - ]]; then
    codesign --timestamp --sign "$identity" "$dmg"
  fi
  if [[ -n $profile ]]; then
    xcrun notarytool submit "$dmg" --keychain-profile "$profile" --wait
    xcrun stapler staple "$dmg"
  fi
  echo "build.sh: $dmg"
fi
