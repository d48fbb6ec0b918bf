#!/usr/bin/env python3
"""Builds the Debian package from the PyInstaller one-folder bundle, with dpkg-deb.

    python3 packaging/linux/make_deb.py BUNDLE_DIR OUT_DIR

BUNDLE_DIR is dist/facilitator-companion from packaging/facilitator.spec. The package
installs the bundle into /opt/facilitator-companion, links /usr/bin/facilitator to it,
and adds the desktop entry, AppStream metainfo and hicolor icons. It carries no
maintainer scripts: dpkg's triggers (hicolor-icon-theme, desktop-file-utils, AppStream)
refresh the icon cache and menus.

Depends = what the bundle does not carry: the distribution's VLC (libvlc5,
vlc-plugin-base, and vlc-plugin-video-output so that VLC can draw into the window), the
X11/EGL/font libraries Qt loads at run time, and every shared library some bundled binary
needs but PyInstaller leaves to the system (found with readelf and dpkg -S, like
dpkg-shlibdeps); glibc as libc6 (>= the build machine's version). Installed-Size is
computed as dpkg-gencontrol does (KiB per file, rounded up, plus one per other entry).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PACKAGE = "facilitator-companion"
APP_ID = "org.facilitatorcompanion.FacilitatorCompanion"
PREFIX = Path("opt") / PACKAGE
COMMAND = "facilitator"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
MAINTAINER = "Facilitator Companion developers <packaging@facilitatorcompanion.invalid>"

# Needed at run time though no bundled binary names them (loaded by plugins or dlopen),
# or provided by the distribution on purpose (VLC: the bundle does not carry it on Linux).
BASE_DEPENDS = (
    "libvlc5", "vlc-plugin-base", "vlc-plugin-video-output",
    "libpulse0",                     # Qt Multimedia (the fallback player) needs it
    "libegl1", "libgl1", "libopengl0", "libxkbcommon0", "libxkbcommon-x11-0",
    "libfontconfig1", "libfreetype6", "libdbus-1-3", "libx11-6", "libx11-xcb1",
    "libxcb1", "libxcb-cursor0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1",
    "libxcb-render-util0", "libxcb-shape0", "libxcb-xinerama0", "libxcb-randr0",
    "libxcb-xfixes0", "libxcb-xkb1", "libxcb-render0", "libxcb-shm0", "libxcb-sync1",
    "fonts-dejavu-core",             # a font with Latin, Cyrillic and Arabic for the interface
)
RECOMMENDS = ("vlc-plugin-pulse", "vlc-l10n")
GLIBC_PACKAGES = {"libc6", "libc6-amd64", "libc6-i386"}


def run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def version() -> str:
    text = (ROOT / "facilitator" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if not match:
        raise SystemExit("make_deb: no __version__ in facilitator/__init__.py")
    return match.group(1)


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"\x7fELF"
    except OSError:
        return False


def needed_from_system(bundle: Path) -> set[str]:
    """Sonames some bundled ELF file needs that the bundle does not contain."""
    bundled = {p.name for p in bundle.rglob("*") if p.is_file() or p.is_symlink()}
    needed: set[str] = set()
    for path in bundle.rglob("*"):
        if path.is_symlink() or not path.is_file() or not is_elf(path):
            continue
        dynamic = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True)
        needed.update(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic.stdout))
    return needed - bundled


def packages_for(sonames: set[str]) -> tuple[set[str], list[str]]:
    """Debian packages providing `sonames` on this machine, and sonames with no package."""
    cache: dict[str, str] = {}
    native = {"amd64": "x86-64", "arm64": "AArch64"}.get(
        run("dpkg", "--print-architecture").strip(), "")
    for line in run("ldconfig", "-p").splitlines()[1:]:
        match = re.match(r"\s*(\S+) \(([^)]*)\) => (\S+)", line)
        if match is None:
            continue
        soname, flags, path = match.groups()
        if native in flags or soname not in cache:  # prefer the native architecture's copy
            cache[soname] = path
    packages: set[str] = set()
    unknown: list[str] = []
    for soname in sorted(sonames):
        path = cache.get(soname)
        if path is None:
            unknown.append(soname)
            continue
        candidates = {path, os.path.realpath(path)}
        # usrmerge: dpkg knows /lib/x86_64-linux-gnu/… while ldconfig may say /usr/lib/…
        for candidate in list(candidates):
            if candidate.startswith("/usr/lib/"):
                candidates.add(candidate[len("/usr"):])
            elif candidate.startswith("/lib/"):
                candidates.add("/usr" + candidate)
        owner = None
        for candidate in sorted(candidates):
            result = subprocess.run(["dpkg-query", "-S", candidate], capture_output=True, text=True)
            if result.returncode == 0:
                owner = result.stdout.split(":", 1)[0].split(",")[0].strip()
                break
        if owner is None:
            unknown.append(soname)
        else:
            packages.add(owner)
    return packages, unknown


def glibc_version() -> str:
    full = run("dpkg-query", "-W", "-f=${Version}", "libc6")
    match = re.match(r"(\d+\.\d+)", full)
    return match.group(1) if match else "2.31"


def installed_size_kib(root: Path) -> int:
    """As dpkg-gencontrol: each file's size in KiB rounded up, every other entry 1 KiB."""
    total = 0
    for dirpath, dirnames, filenames in os.walk(root):
        if Path(dirpath) == root:
            dirnames[:] = [d for d in dirnames if d != "DEBIAN"]
        for name in [*dirnames, *filenames]:
            path = Path(dirpath) / name
            if path.is_file() and not path.is_symlink():
                total += (path.stat().st_size + 1023) // 1024
            else:
                total += 1
    return total


def copy_bundle(bundle: Path, target: Path) -> None:
    shutil.copytree(bundle, target, symlinks=True)
    for dirpath, dirnames, filenames in os.walk(target):
        for name in dirnames:
            os.chmod(Path(dirpath) / name, 0o755)
        for name in filenames:
            path = Path(dirpath) / name
            if path.is_symlink():
                continue
            executable = os.access(path, os.X_OK) and (is_elf(path) or path.suffix == ".sh")
            os.chmod(path, 0o755 if executable else 0o644)


def install_desktop_files(root: Path) -> None:
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(HERE / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    (share / "metainfo").mkdir(parents=True)
    shutil.copy2(HERE / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml")
    icons = ROOT / "resources" / "icons" / "app"
    for size in ICON_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy2(icons / f"facilitator-companion-{size}.png", folder / f"{APP_ID}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(icons / "facilitator-companion.svg", scalable / f"{APP_ID}.svg")
    for path in share.rglob("*"):
        os.chmod(path, 0o755 if path.is_dir() else 0o644)


def install_docs(root: Path, version_text: str) -> None:
    doc = root / "usr" / "share" / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: Facilitator Companion\n\n"
        "Files: *\n"
        "License: GPL-3.0-or-later\n"
        " On Debian systems the full text is in /usr/share/common-licenses/GPL-3.\n\n"
        "Files: opt/facilitator-companion/_internal/PySide6/*\n"
        "License: LGPL-3.0-only\n"
        " Qt and Qt for Python (PySide6), with the FFmpeg libraries of its wheel.\n"
        " On Debian systems the full text is in /usr/share/common-licenses/LGPL-3.\n\n"
        "Files: opt/facilitator-companion/_internal/libpython*\n"
        "License: PSF-2.0\n"
        " The Python interpreter, embedded by PyInstaller.\n\n"
        "Files: opt/facilitator-companion/_internal/resources/fonts/*\n"
        "License: Bitstream-Vera and public domain (DejaVu fonts)\n"
        " See opt/facilitator-companion/_internal/resources/fonts/LICENSE-DejaVu.txt.\n\n"
        "Files: opt/facilitator-companion/_internal/*\n"
        "License: various free licences (BSD, MIT, Apache-2.0, PSF, LGPL)\n"
        " Python libraries collected by PyInstaller; their licence files travel in\n"
        " their *.dist-info folders where the wheels provide them.\n",
        encoding="utf-8",
    )
    changelog = (f"{PACKAGE} ({version_text}) unstable; urgency=low\n\n"
                 "  * Built from the Facilitator Companion repository with PyInstaller.\n\n"
                 f" -- {MAINTAINER}  {run('date', '-R').strip()}\n")
    with gzip.open(doc / "changelog.gz", "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write(changelog)
    for path in doc.iterdir():
        os.chmod(path, 0o644)


def write_md5sums(root: Path) -> None:
    lines = []
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if relative.parts[0] == "DEBIAN" or path.is_symlink() or not path.is_file():
            continue
        digest = hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()
        lines.append(f"{digest}  {relative.as_posix()}\n")
    (root / "DEBIAN" / "md5sums").write_text("".join(lines), encoding="utf-8")
    os.chmod(root / "DEBIAN" / "md5sums", 0o644)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="dist/facilitator-companion from the spec")
    parser.add_argument("out", type=Path, help="folder for the .deb (and its staging folder)")
    parser.add_argument("--revision", default="1", help="Debian revision (default 1)")
    parser.add_argument(
        "--compression", default="zstd", choices=("zstd", "xz", "gzip", "none"),
        help="zstd (default: ~10 s, dpkg >= 1.21.18, Debian 12, Ubuntu 21.10+); xz is ~15%% "
             "smaller but takes minutes; gzip for very old dpkg")
    args = parser.parse_args(argv)

    bundle = args.bundle.resolve()
    if not (bundle / COMMAND).is_file():
        raise SystemExit(f"make_deb: {bundle} holds no '{COMMAND}' executable: build the bundle first")
    architecture = run("dpkg", "--print-architecture").strip()
    version_text = f"{version()}-{args.revision}"
    out = args.out.resolve()
    stage = out / f"{PACKAGE}_{version_text}_{architecture}"
    if stage.exists():
        shutil.rmtree(stage)
    stage.mkdir(parents=True)
    os.chmod(stage, 0o755)

    copy_bundle(bundle, stage / PREFIX)
    (stage / "usr" / "bin").mkdir(parents=True)
    os.symlink(f"/{PREFIX.as_posix()}/{COMMAND}", stage / "usr" / "bin" / COMMAND)
    install_desktop_files(stage)
    install_docs(stage, version_text)
    for path in (stage / "opt", stage / "usr", stage / "usr" / "bin"):
        os.chmod(path, 0o755)

    packages, unknown = packages_for(needed_from_system(stage / PREFIX))
    if unknown:
        print(f"make_deb: warning: no package found for {', '.join(unknown)}", file=sys.stderr)
    depends = [f"libc6 (>= {glibc_version()})"]
    depends += sorted((set(BASE_DEPENDS) | packages) - GLIBC_PACKAGES)

    (stage / "DEBIAN").mkdir()
    os.chmod(stage / "DEBIAN", 0o755)
    control = {
        "Package": PACKAGE,
        "Version": version_text,
        "Architecture": architecture,
        "Maintainer": MAINTAINER,
        "Installed-Size": str(installed_size_kib(stage)),
        "Depends": ", ".join(depends),
        "Recommends": ", ".join(RECOMMENDS),
        "Section": "education",
        "Priority": "optional",
        "Description": (
            "guides peer facilitators through manualised group sessions, offline\n"
            " Facilitator Companion walks a peer facilitator through each session of a\n"
            " manualised psychosocial group course step by step, plays the course films\n"
            " on the projector with subtitles, records anonymised attendance and notes,\n"
            " and exports session summaries for the host. Interface in English, Danish,\n"
            " Arabic and Russian. It opens no network connection.\n"
            " .\n"
            " This package carries its own Python and Qt in /opt/facilitator-companion;\n"
            " films play through the distribution's VLC, or through Qt Multimedia when\n"
            " VLC is missing."
        ),
    }
    text = "".join(f"{key}: {value}\n" for key, value in control.items())
    (stage / "DEBIAN" / "control").write_text(text, encoding="utf-8")
    os.chmod(stage / "DEBIAN" / "control", 0o644)
    write_md5sums(stage)

    deb = out / f"{stage.name}.deb"
    command = ["dpkg-deb", "--root-owner-group", f"-Z{args.compression}", "--build",
               str(stage), str(deb)]
    level = {"xz": "-z6", "zstd": "-z9", "gzip": "-z9"}.get(args.compression)
    if level:
        command.insert(2, level)
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    shutil.rmtree(stage)
    print(deb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
