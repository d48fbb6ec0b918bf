"""Mutated packages never make the validator raise: every outcome is problems or a programme."""

from __future__ import annotations

import io
import shutil
import tempfile
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.sessions.package import validate
from tests.conftest import REPO

EXAMPLE = REPO / "resources" / "programmes" / "example-breathing-space"
FILES = sorted(p.relative_to(EXAMPLE).as_posix() for p in EXAMPLE.rglob("*") if p.is_file())
YAMLISH = st.text(alphabet=st.sampled_from(list(":-[]{}&*!|>'\"%@`#,?\n\t ab1é٣я\x00\ufeff")),
                  max_size=12)


@st.composite
def mutations(draw: st.DrawFn) -> tuple[str, bytes]:
    name = draw(st.sampled_from(FILES))
    data = (EXAMPLE / name).read_bytes()
    kind = draw(st.sampled_from(["delete", "insert", "bytes", "truncate", "duplicate", "swap"]))
    at = draw(st.integers(0, len(data)))
    if kind == "delete":
        data = data[:at] + data[at + draw(st.integers(1, 40)):]
    elif kind == "insert":
        data = data[:at] + draw(YAMLISH).encode("utf-8") + data[at:]
    elif kind == "bytes":
        data = data[:at] + draw(st.binary(min_size=1, max_size=8)) + data[at:]
    elif kind == "truncate":
        data = data[:at]
    elif kind == "duplicate":
        lines = data.splitlines(keepends=True)
        i = draw(st.integers(0, max(0, len(lines) - 1)))
        data = b"".join(lines[: i + 1] + lines[i:])
    else:
        lines = data.splitlines(keepends=True)
        if len(lines) > 1:
            i = draw(st.integers(0, len(lines) - 2))
            lines[i], lines[i + 1] = lines[i + 1], lines[i]
        data = b"".join(lines)
    return name, data


def _check(result_problems: list, programme: object) -> None:
    assert (programme is None) == bool(result_problems)
    for problem in result_problems:
        assert problem.line >= 1 and problem.column >= 1 and problem.message
        assert "Traceback" not in problem.message


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(mutations(), min_size=1, max_size=3))
def test_validate_survives_mutated_folders(changes: list[tuple[str, bytes]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        package = Path(tmp) / "pkg"
        shutil.copytree(EXAMPLE, package)
        for name, data in changes:
            (package / name).write_bytes(data)
        result = validate(package)
        _check(result.problems, result.programme)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 4000), st.binary(min_size=1, max_size=16))
def test_validate_survives_damaged_zips(at: int, noise: bytes) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in FILES:
            zf.write(EXAMPLE / name, name)
    data = bytearray(buffer.getvalue())
    at %= len(data)
    data[at:at + len(noise)] = noise
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "pkg.zip"
        archive.write_bytes(bytes(data))
        result = validate(archive)
        _check(result.problems, result.programme)
