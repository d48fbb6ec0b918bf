"""Linux desktop files, icons and the spec's helpers; quick, no build needed."""

from __future__ import annotations

import configparser
import importlib.util
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from facilitator import __version__
from tests.packaging.conftest import PACKAGING, REPO

APP_ID = "org.facilitatorcompanion.FacilitatorCompanion"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
ICONS = REPO / "resources" / "icons" / "app"


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"fc_packaging_{name}", PACKAGING / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_starts_the_command_with_the_installed_icon() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "facilitator"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert entry["StartupWMClass"] == "Facilitator Companion"  # Qt's class: applicationName()
    for language in ("da", "ar", "ru"):
        assert entry[f"Comment[{language}]"] and entry[f"GenericName[{language}]"]


def test_desktop_entry_validates() -> None:
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_names_the_desktop_entry_and_this_version() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    assert root.find("provides/binary").text == "facilitator"  # type: ignore[union-attr]
    versions = [r.get("version") for r in root.iter("release")]
    assert __version__ in versions, "add a <release> for the new version to the metainfo"
    languages = {s.get("{http://www.w3.org/XML/1998/namespace}lang") for s in root.iter("summary")}
    assert {"da", "ar", "ru"} <= languages


def test_metainfo_validates() -> None:
    if shutil.which("appstreamcli") is None:
        pytest.skip("appstreamcli is not installed (Debian: appstream)")
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_icons_exist_at_every_size_the_packages_use() -> None:
    for size in (16, 32, 48, 64, 128, 256, 512):
        png = ICONS / f"facilitator-companion-{size}.png"
        header = png.read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n", png
        width = int.from_bytes(header[16:20], "big")
        height = int.from_bytes(header[20:24], "big")
        assert (width, height) == (size, size), png
    ico = (ICONS / "facilitator-companion.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00" and int.from_bytes(ico[4:6], "little") >= 6
    assert (ICONS / "FacilitatorCompanion.icns").read_bytes()[:4] == b"icns"
    ET.parse(ICONS / "facilitator-companion.svg")


def test_resource_filter_keeps_content_and_drops_sources() -> None:
    contents = load("bundle_contents")
    assert contents.is_development_only("films/src/what-matters.yaml")
    assert contents.is_development_only("translations/strings/foundation.tsv")
    assert contents.is_development_only("translations/facilitator_da.ts")
    assert contents.is_development_only("locale/da/LC_MESSAGES/facilitator.po")
    for shipped in ("films/what-matters.mp4", "translations/facilitator_da.qm",
                    "locale/da/LC_MESSAGES/facilitator.mo", "fonts/DejaVuSans.ttf",
                    "programmes/example-breathing-space/programme.yaml",
                    "icons/app/facilitator-companion.svg", "names/ar.txt"):
        assert not contents.is_development_only(shipped), shipped


def test_elf_alignment_check_tells_good_from_refused(tmp_path: Path) -> None:
    elfstrip = load("elfstrip")
    good = Path("/bin/sh").resolve()
    if elfstrip.elf_loadable(good) is None:
        pytest.skip("not a 64-bit little-endian ELF system")
    assert elfstrip.elf_loadable(good) is True
    bad = tmp_path / "bad.so"
    data = bytearray(good.read_bytes())
    phoff = int.from_bytes(data[0x20:0x28], "little")
    phentsize = int.from_bytes(data[0x36:0x38], "little")
    phnum = int.from_bytes(data[0x38:0x3A], "little")
    for index in range(phnum):
        entry = phoff + index * phentsize
        if int.from_bytes(data[entry:entry + 4], "little") == 1:  # the first PT_LOAD
            offset = int.from_bytes(data[entry + 8:entry + 16], "little")
            data[entry + 8:entry + 16] = (offset + 8).to_bytes(8, "little")
            break
    bad.write_bytes(bytes(data))
    assert elfstrip.elf_loadable(bad) is False
    text = tmp_path / "text"
    text.write_text("not an ELF file")
    assert elfstrip.elf_loadable(text) is None


def test_installed_size_counts_like_dpkg(tmp_path: Path) -> None:
    make_deb = load_make_deb()
    (tmp_path / "DEBIAN").mkdir()
    (tmp_path / "DEBIAN" / "control").write_text("x" * 5000)
    (tmp_path / "opt").mkdir()
    (tmp_path / "opt" / "a").write_bytes(b"x" * 1025)  # 2 KiB
    (tmp_path / "opt" / "b").write_bytes(b"")          # 0 KiB
    (tmp_path / "opt" / "link").symlink_to("a")         # 1
    # opt/ itself 1 + 2 + 0 + 1 = 4; DEBIAN is not counted.
    assert make_deb.installed_size_kib(tmp_path) == 4


def load_make_deb() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fc_packaging_make_deb",
                                                  PACKAGING / "linux" / "make_deb.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_application_imports_no_qt_module_the_bundle_leaves_out() -> None:
    """A Qt module left out of the bundle would import from source and fail only frozen."""
    import ast

    unused = set(load("bundle_contents").UNUSED_QT_MODULES)
    offenders = []
    for path in sorted((REPO / "facilitator").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            for name in names:
                parts = name.split(".")
                if parts[0] == "PySide6" and len(parts) > 1 and parts[1] in unused:
                    offenders.append(f"{path.relative_to(REPO)}:{node.lineno}: {name}")
    assert not offenders, ("these Qt modules are left out of the bundle "
                           "(packaging/bundle_contents.py): " + ", ".join(offenders))
