"""The Linux bundle and .deb, built by packaging/build-linux.sh and smoke-tested headless.

The bundle runs in a private mount namespace (unshare -m) in which every Python on this
machine (the interpreter the venv was made from, the distribution's, the repository with
its .venv and resources/) is hidden under empty tmpfs mounts: what works there works
without a Python on the machine and finds its resources through sys._MEIPASS. The film
test also hides the system's VLC (an empty tmpfs over its plugin folder, an empty file
bind-mounted over libvlc.so.5 and libvlccore.so.9), which is what "VLC unavailable"
looks like to the media layer: `import vlc` fails, and `create_player("auto")` falls back
to Qt Multimedia with a reason.

The .deb is installed with apt-get into an overlay of / in another private mount
namespace (packaging/linux/try-install.sh): a real `apt-get install ./….deb` resolving
Depends from this machine's packages, the installed /usr/bin/facilitator started, then
`apt-get remove`; the machine itself is never changed. A debootstrapped clean root would
prove the Depends line more strictly but needs minutes and a network.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from facilitator import __version__
from tests.packaging.conftest import PACKAGING, REPO, LinuxBuild

pytestmark = pytest.mark.slow

SIZE_BUDGET_MB = 300
"""The bundle is ~230 MB; more means something unneeded came in (WebEngine, QML, 3D…)."""


def load(name: str) -> ModuleType:
    """A module from packaging/ (not importable by name: PyPI's `packaging` owns that)."""
    spec = importlib.util.spec_from_file_location(f"fc_packaging_{name}", PACKAGING / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def python_locations() -> list[Path]:
    """Folders where a Python installation on this machine keeps its standard library."""
    candidates = {REPO}
    libraries = {Path("/usr/lib"), Path("/usr/local/lib")}
    for prefix in {Path(sys.base_prefix), Path(sys.prefix)}:
        if prefix in (Path("/"), Path("/usr"), Path("/usr/local")):
            libraries.add(prefix / "lib")  # a system Python: hide its library, not /usr
        else:
            candidates.add(prefix)  # pyenv, python.org or a venv: hide the whole prefix
    for folder in libraries:
        candidates.update(folder.glob("python3*"))
    folders = sorted(p for p in candidates if p.is_dir())
    # An outer folder hides what is inside it (the venv inside the repository).
    return [p for p in folders if not any(p != q and p.is_relative_to(q) for q in folders)]


def vlc_locations() -> tuple[list[Path], list[Path]]:
    """(plugin folders, library files) of the system's libvlc."""
    listing = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    libraries = sorted({Path(os.path.realpath(m)) for m in re.findall(
        r"\s(?:libvlc|libvlccore)\.so\.\d+ .*=> (\S+)", listing)})
    folders = sorted({lib.parent / "vlc" for lib in libraries if (lib.parent / "vlc").is_dir()})
    return folders, libraries


def have_mount_namespaces() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = ["unshare", "-m", "true"] if os.geteuid() == 0 else ["unshare", "-rm", "true"]
    return subprocess.run(probe, capture_output=True).returncode == 0


def run_isolated(build: LinuxBuild, args: list[str], *, hide_vlc: bool = False,
                 env: dict[str, str] | None = None, timeout: float = 60,
                 home: Path) -> subprocess.CompletedProcess[str]:
    """The bundle's executable with every Python (and optionally VLC) hidden."""
    if not have_mount_namespaces():
        pytest.skip("needs unshare with mount namespaces (root, or user namespaces)")
    empty = build.out / "empty-file"
    empty.touch()
    mounts = [f"mount -t tmpfs -o size=1m tmpfs {shlex.quote(str(p))}"
              for p in python_locations() if not build.out.is_relative_to(p)]
    if hide_vlc:
        folders, libraries = vlc_locations()
        mounts += [f"mount -t tmpfs -o size=1m tmpfs {shlex.quote(str(p))}" for p in folders]
        mounts += [f"mount --bind {shlex.quote(str(empty))} {shlex.quote(str(p))}"
                   for p in libraries]
    command = " && ".join([*mounts, "exec " + shlex.join([str(build.executable), *args])])
    unshare = ["unshare", "-m"] if os.geteuid() == 0 else ["unshare", "-rm"]
    clean_env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_RUNTIME_DIR": str(home),
        "FACILITATOR_HOME": str(home / "data"),
        **(env or {}),
    }
    return subprocess.run([*unshare, "sh", "-c", command], cwd=build.out, env=clean_env,
                          capture_output=True, text=True, timeout=timeout)


def last_json(output: str) -> dict:
    lines = [line for line in output.splitlines() if line.startswith("{")]
    assert lines, f"no JSON line in output:\n{output}"
    return json.loads(lines[-1])


# -- the bundle ----------------------------------------------------------------------------


def test_version_without_any_python_on_the_machine(linux_build: LinuxBuild, tmp_path: Path) -> None:
    result = run_isolated(linux_build, ["--version"], home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"facilitator {__version__}"


def test_python_really_is_hidden_in_the_isolated_run(linux_build: LinuxBuild, tmp_path: Path) -> None:
    """The isolation itself: inside it, the interpreter the venv was made from is gone."""
    if not have_mount_namespaces():
        pytest.skip("needs unshare with mount namespaces")
    mounts = " && ".join(f"mount -t tmpfs tmpfs {shlex.quote(str(p))}" for p in python_locations())
    interpreters = {Path(sys.executable), Path(sys.base_prefix) / "bin" / "python3"}
    interpreters.update(Path(p) for p in (shutil.which("python3", path="/usr/bin:/bin"),
                                          shutil.which("python3", path="/usr/local/bin")) if p)
    unshare = ["unshare", "-m"] if os.geteuid() == 0 else ["unshare", "-rm"]
    for python in sorted(interpreters):
        outside = subprocess.run([str(python), "-c", "pass"], capture_output=True)
        if outside.returncode != 0:
            continue
        inside = subprocess.run(
            [*unshare, "sh", "-c", f"{mounts} && {shlex.quote(str(python))} -c pass"],
            capture_output=True, text=True, cwd=tmp_path)
        assert inside.returncode != 0, f"{python} still runs in the isolated run"


def test_validate_the_bundled_programmes(linux_build: LinuxBuild, tmp_path: Path) -> None:
    programmes = sorted((linux_build.internal / "resources" / "programmes").iterdir())
    assert len(programmes) >= 3, programmes
    result = run_isolated(linux_build, ["validate", *map(str, programmes)], home=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    for programme in programmes:
        assert programme.name in result.stdout

    listed = run_isolated(linux_build, ["programmes", "--json"], home=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert str(linux_build.internal / "resources" / "programmes") in listed.stdout


def test_main_window_opens_offscreen_and_quits_cleanly(linux_build: LinuxBuild, tmp_path: Path) -> None:
    result = run_isolated(linux_build, [], env={"FACILITATOR_EXIT_WHEN_READY": "1"}, home=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ready" in result.stdout.splitlines()
    assert "Traceback" not in result.stderr


def test_records_exports_and_coordinator_work_in_the_bundle(
        linux_build: LinuxBuild, tmp_path: Path) -> None:
    """SQLite store, demo data, PDF exports with Arabic (ReportLab, reshaping, bidi, the
    bundled fonts and catalogues), a data bundle imported into the coordinator store and
    its report: the libraries and data files the window never touches at start-up."""

    def facilitator(*args: str) -> subprocess.CompletedProcess[str]:
        result = run_isolated(linux_build, list(args), home=tmp_path, timeout=120)
        assert result.returncode == 0, f"{args}: {result.stdout}{result.stderr}"
        assert "Traceback" not in result.stderr
        return result

    facilitator("demo", "--courses", "1")
    courses = json.loads(facilitator("courses", "--json").stdout)
    course = courses[0]["id"]
    meeting = courses[0]["meetings"][0]["id"]
    out = tmp_path / "out"
    out.mkdir()
    facilitator("--lang", "ar", "export", "course", course, "--format", "pdf",
                "--out", str(out / "course-ar.pdf"))
    facilitator("--lang", "da", "export", "meeting", meeting, "--format", "pdf",
                "--out", str(out / "meeting-da.pdf"))
    facilitator("export", "course", course, "--format", "bundle", "--out", str(out / "course.bundle"))
    facilitator("import", "--allow-demo", str(out / "course.bundle"))
    facilitator("--lang", "ru", "report", "--from", "2000-01-01", "--to", "2100-01-01",
                "--include-demo", "--out", str(out / "report-ru.pdf"))
    for pdf in ("course-ar.pdf", "meeting-da.pdf", "report-ru.pdf"):
        assert (out / pdf).read_bytes()[:5] == b"%PDF-", pdf


def test_resources_and_qt_translations_come_from_the_bundle(linux_build: LinuxBuild, tmp_path: Path) -> None:
    result = run_isolated(linux_build, [], env={"FACILITATOR_SELFTEST": "resources"}, home=tmp_path)
    assert result.returncode == 0, result.stderr
    found = last_json(result.stdout)
    assert found["frozen"] is True
    assert found["resources_dir"] == str(linux_build.internal / "resources")
    assert Path(found["qt_translations_dir"]).is_relative_to(linux_build.internal)
    assert {"qtbase_da.qm", "qtbase_ar.qm", "qtbase_ru.qm"} <= set(found["qtbase_qm"])
    # qtbase and the application's own translation, for each interface language.
    assert found["translators_loaded"] == {"da": 2, "ar": 2, "ru": 2}
    assert found["layout_direction"] == {"da": "ltr", "ar": "rtl", "ru": "ltr"}
    # Programmes the application starts do not inherit the bundle's library path.
    assert str(linux_build.bundle) not in (found["ld_library_path"] or "")


def test_a_demo_film_plays_with_the_qt_fallback_when_vlc_is_missing(
        linux_build: LinuxBuild, tmp_path: Path) -> None:
    result = run_isolated(linux_build, [], hide_vlc=True, home=tmp_path,
                          env={"FACILITATOR_SELFTEST": "play"})
    played = last_json(result.stdout)
    assert played["backend"] == "qt", played
    assert played["fallback_reason"] and "VLC" in played["fallback_reason"]
    assert played["first_frame"] is True, (played, result.stderr)
    assert played["position_ms"] >= 1500, played
    assert played["error"] is None
    assert result.returncode == 0, result.stderr


def test_the_bundle_uses_the_system_vlc_when_it_is_there(linux_build: LinuxBuild, tmp_path: Path) -> None:
    """The control for the test above: the same run without hiding VLC picks VLC."""
    if not vlc_locations()[1]:
        pytest.skip("libvlc is not installed here")
    result = run_isolated(linux_build, [], home=tmp_path, env={"FACILITATOR_SELFTEST": "play"})
    played = last_json(result.stdout)
    assert played["backend"] == "vlc", played
    assert played["ok"] is True, (played, result.stderr)


def test_the_bundle_holds_what_ships_and_nothing_unneeded(linux_build: LinuxBuild) -> None:
    contents = load("bundle_contents")
    resources = REPO / "resources"
    shipped = {p.relative_to(linux_build.internal / "resources")
               for p in (linux_build.internal / "resources").rglob("*") if p.is_file()}
    # Compare with what is in resources/ now (others may have added files since the build).
    expected = set(contents.resource_files(resources))
    assert expected - shipped <= {p for p in expected if (resources / p).stat().st_mtime
                                  > linux_build.executable.stat().st_mtime}
    assert not any(contents.is_development_only(p.as_posix()) for p in shipped)
    for wanted in ("fonts/DejaVuSans.ttf", "translations/facilitator_ar.qm",
                   "icons/app/facilitator-companion.svg"):
        assert Path(wanted) in shipped
    assert any(p.parts[0] == "films" and p.suffix == ".mp4" for p in shipped)
    assert not any(p.parts[:2] == ("films", "src") for p in shipped)
    migrations = linux_build.internal / "facilitator" / "records" / "migrations"
    assert (migrations / "env.py").is_file() and list((migrations / "versions").glob("0001_*.py"))

    names = [p.name for p in linux_build.internal.rglob("*")]
    for unwanted in ("WebEngine", "Qt63D", "Qt6Quick3D", "VirtualKeyboard", "libqgtk3",
                     "libvlc.so", "libvlccore.so", "Qt6Designer"):
        assert not [n for n in names if unwanted in n], unwanted
    translations = linux_build.internal / "PySide6" / "Qt" / "translations"
    assert not list(translations.glob("qtbase_de.qm"))  # only the interface languages

    dangling = [p for p in linux_build.bundle.rglob("*") if p.is_symlink() and not p.exists()]
    assert not dangling
    elfstrip = load("elfstrip")
    refused = [p for p in linux_build.internal.rglob("*.so*")
               if p.is_file() and elfstrip.elf_loadable(p) is False]
    assert not refused, f"the loader would refuse: {refused}"

    size = sum(p.stat().st_size for p in linux_build.bundle.rglob("*")
               if p.is_file() and not p.is_symlink())
    assert size < SIZE_BUDGET_MB * 1e6, f"bundle is {size / 1e6:.0f} MB"


def test_measure_compares_frozen_and_source(linux_build: LinuxBuild) -> None:
    source = REPO / ".venv" / "bin" / "facilitator"
    if not source.is_file():
        pytest.skip("no source install in .venv")
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "measure.py"), "--bundle", str(linux_build.bundle),
         "--quick", "--json"], capture_output=True, text=True, timeout=240,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stderr
    measured = json.loads(result.stdout)
    assert measured["bundle_bytes"] > 50e6
    assert measured["deb_bytes"] == linux_build.deb.stat().st_size
    for key in ("version_ms", "window_ready_ms"):
        assert measured[key]["frozen"] > 0 and measured[key]["source"] > 0
    print(json.dumps(measured, indent=2))


# -- the .deb ------------------------------------------------------------------------------


def deb_field(deb: Path, field: str) -> str:
    return subprocess.run(["dpkg-deb", "--field", str(deb), field], check=True,
                          capture_output=True, text=True).stdout.strip()


def test_deb_metadata_and_contents(linux_build: LinuxBuild) -> None:
    deb = linux_build.deb
    assert deb.name == f"facilitator-companion_{__version__}-1_{deb_field(deb, 'Architecture')}.deb"
    assert deb_field(deb, "Package") == "facilitator-companion"
    depends = [d.strip() for d in deb_field(deb, "Depends").split(",")]
    names = {d.split()[0] for d in depends}
    assert {"libvlc5", "vlc-plugin-base", "libegl1", "libxkbcommon-x11-0", "libxcb-cursor0",
            "libfontconfig1", "libpulse0"} <= names
    assert any(d.startswith("libc6 (>= ") for d in depends)

    control = subprocess.run(["dpkg-deb", "--info", str(deb)], check=True,
                             capture_output=True, text=True).stdout
    for script in ("preinst", "postinst", "prerm", "postrm"):
        assert f" {script} " not in control  # dpkg triggers do the icon cache and menus

    listing = subprocess.run(["dpkg-deb", "--contents", str(deb)], check=True,
                             capture_output=True, text=True).stdout.splitlines()
    entries = {}
    total_kib = 0
    for line in listing:
        mode, _owner, size, _date, _time, path, *link = line.split(None, 6)
        entries[path.rstrip("/")] = (mode, link)
        total_kib += (int(size) + 1023) // 1024 if mode.startswith("-") else 1
    # dpkg-gencontrol's Installed-Size: KiB per file rounded up, one per other entry
    # (the listing also has "./", which the package root does not count).
    assert abs(int(deb_field(deb, "Installed-Size")) - total_kib) <= 1

    app_id = "org.facilitatorcompanion.FacilitatorCompanion"
    assert entries["./opt/facilitator-companion/facilitator"][0] == "-rwxr-xr-x"
    assert entries["./usr/bin/facilitator"][1] == ["-> /opt/facilitator-companion/facilitator"]
    assert f"./usr/share/applications/{app_id}.desktop" in entries
    assert f"./usr/share/metainfo/{app_id}.metainfo.xml" in entries
    assert f"./usr/share/icons/hicolor/scalable/apps/{app_id}.svg" in entries
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert f"./usr/share/icons/hicolor/{size}x{size}/apps/{app_id}.png" in entries
    assert "./usr/share/doc/facilitator-companion/copyright" in entries
    assert not [p for p in entries if p.startswith("./opt/") and "resources/films/src" in p]


def test_deb_installs_with_apt_runs_and_removes(linux_build: LinuxBuild) -> None:
    if os.geteuid() != 0:
        pytest.skip("apt-get install needs root")
    if not have_mount_namespaces() or shutil.which("apt-get") is None:
        pytest.skip("needs unshare, overlayfs and apt-get")
    result = subprocess.run([str(PACKAGING / "linux" / "try-install.sh"), str(linux_build.deb)],
                            capture_output=True, text=True, timeout=300)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert f"facilitator {__version__}" in output
    assert "main window: ready" in output
    assert "removed cleanly" in output
    # …and this machine never saw it.
    assert not Path("/opt/facilitator-companion").exists()
    status = subprocess.run(["dpkg-query", "-W", "-f=${Status}", "facilitator-companion"],
                            capture_output=True, text=True)
    assert "install ok installed" not in status.stdout
