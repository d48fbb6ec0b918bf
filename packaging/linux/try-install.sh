#!/usr/bin/env bash
# Installs a .deb with apt-get into a throwaway copy of this machine, runs it, removes it.
#
#     sudo packaging/linux/try-install.sh DIST/facilitator-companion_*.deb
#
# The copy is an overlay over / in a private mount namespace (unshare -m): apt-get, dpkg
# and the installed program see the whole system and write into a temporary upper layer,
# so this machine is left exactly as it was, and parallel runs do not collide. Inside it:
#   1. apt-get install ./PACKAGE.deb   (dependencies come from the machine, or from the
#                                       configured archives when something is missing)
#   2. the installed program: facilitator --version, validate on its bundled programmes,
#      and the main window offscreen until it is ready (FACILITATOR_EXIT_WHEN_READY=1)
#   3. apt-get remove -y facilitator-companion, and a check that nothing is left behind
# Prints what it does; exits non-zero at the first failure. Needs root, unshare and
# overlayfs (any Linux since 3.18). A clean Debian root (debootstrap) would prove the
# Depends line too, but takes minutes and a network; this is the quick, everyday check.
set -euo pipefail
[[ $# -eq 1 && -f $1 ]] || { echo "usage: $0 PACKAGE.deb" >&2; exit 2; }
[[ $(id -u) -eq 0 ]] || { echo "try-install: needs root (sudo)" >&2; exit 2; }
deb=$(readlink -f "$1")

if [[ ${TRY_INSTALL_INSIDE:-} != 1 ]]; then
  scratch=$(mktemp -d /tmp/fc-try-install.XXXXXX)
  trap 'rm -rf "$scratch"' EXIT
  # A private mount namespace: every mount below disappears when the script ends.
  TRY_INSTALL_INSIDE=1 TRY_INSTALL_SCRATCH=$scratch unshare --mount --propagation private \
    "$0" "$deb"
  exit $?
fi

scratch=$TRY_INSTALL_SCRATCH
mkdir -p "$scratch"/{upper,work,root}
# Separate tmpfs for the layers keeps the upper directory outside the lower one (/).
mount -t tmpfs -o size=2g tmpfs "$scratch/upper"
mkdir -p "$scratch/upper"/{data,work}
mount -t overlay overlay \
  -o "lowerdir=/,upperdir=$scratch/upper/data,workdir=$scratch/upper/work" "$scratch/root"
root=$scratch/root
for fs in proc sys dev; do
  mount --rbind "/$fs" "$root/$fs"
done
mount -t tmpfs tmpfs "$root/tmp"
cp "$deb" "$root/tmp/"
name=$(basename "$deb")
package=$(dpkg-deb --field "$deb" Package)

in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
  LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }

echo "try-install: apt-get install ./$name (in an overlay of /)"
in_root apt-get install -y -q --no-install-recommends "/tmp/$name" | tail -n 3
in_root dpkg-query -W -f='try-install: installed ${Package} ${Version}, ${Installed-Size} KiB\n' "$package"
test -L "$root/usr/bin/facilitator"
test -x "$root/opt/facilitator-companion/facilitator"

echo "try-install: running the installed program"
run_app() { in_root QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp FACILITATOR_HOME=/tmp/fc-home "$@"; }
run_app facilitator --version
programmes=("$root"/opt/facilitator-companion/_internal/resources/programmes/*/)
((${#programmes[@]})) && [[ -d ${programmes[0]} ]] || { echo "try-install: no bundled programmes" >&2; exit 1; }
run_app facilitator validate "${programmes[@]#"$root"}" >/dev/null
echo "try-install: validate: the ${#programmes[@]} bundled programmes are valid"
ready=$(run_app FACILITATOR_EXIT_WHEN_READY=1 timeout 60 facilitator 2>/dev/null)
[[ $ready == *ready* ]] || { echo "try-install: the window never became ready" >&2; exit 1; }
echo "try-install: main window: ready"

echo "try-install: apt-get remove -y $package"
in_root apt-get remove -y -q "$package" | tail -n 1
if [[ -e $root/opt/facilitator-companion || -e $root/usr/bin/facilitator || -L $root/usr/bin/facilitator ]]; then
  echo "try-install: files left behind after removal" >&2
  exit 1
fi
echo "try-install: removed cleanly"
