"""Importing bundle files and folders of them: verify, parse, store, count what happened.

Each bundle is checked before the store is touched and then stored in its own
transaction, so a refused or interrupted bundle leaves nothing behind and the bundles
before it stay imported. A store failure (disk full, server gone) stops the run; a bad
bundle only gets its line in the summary.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from facilitator.records.coordinator.bundle import BundleLimits, BundleRejected, read_bundle
from facilitator.records.coordinator.content import Header, parse
from facilitator.records.coordinator.importer import ImportUseCases, Outcome
from facilitator.records.coordinator.programmes import (
    Catalogue,
    ProgrammeInfo,
    from_plan,
    library_catalogue,
)

BUNDLE_SUFFIX = ".zip"


@dataclass(frozen=True)
class BundleResult:
    """What became of one bundle file in an import, with the reason if it was refused."""

    path: Path
    outcome: Outcome
    reason: str = ""
    """Why it was refused (one sentence fragment: "it is not a zip file")."""


@dataclass
class ImportSummary:
    """What a run of imports did, bundle by bundle, for the coordinator to read."""

    results: list[BundleResult] = field(default_factory=list)

    @property
    def counts(self) -> Counter[Outcome]:
        return Counter(r.outcome for r in self.results)

    @property
    def rejected(self) -> list[BundleResult]:
        return [r for r in self.results if r.outcome is Outcome.REJECTED]


Progress = Callable[[int, int, BundleResult], None]
"""(bundles done, bundles in all, the last one's result)."""


def find_bundles(paths: Iterable[Path]) -> tuple[list[Path], list[BundleResult]]:
    """The bundle files named or inside the folders named (sorted, hidden files skipped),
    and a refusal for each path that does not exist."""
    found: list[Path] = []
    missing: list[BundleResult] = []
    for path in paths:
        if path.is_dir():
            found += sorted(
                p for p in path.rglob(f"*{BUNDLE_SUFFIX}")
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        elif path.is_file():
            found.append(path)
        else:
            missing.append(BundleResult(path, Outcome.REJECTED, "it does not exist"))
    return list(dict.fromkeys(found)), missing


def _programme(header: Header, plan: dict[str, object] | None, catalogue: Catalogue) -> ProgrammeInfo | None:
    known = catalogue(header.programme_id, header.programme_version)
    if known is not None:
        return known
    if plan is not None:
        return from_plan(plan, header.programme_id, header.programme_version)
    return None


def import_bundle(
    store: ImportUseCases,
    path: Path,
    *,
    allow_demo: bool = False,
    catalogue: Catalogue | None = None,
    limits: BundleLimits | None = None,
) -> BundleResult:
    """Import one bundle file; a refused bundle changes nothing. StoreError propagates."""
    catalogue = catalogue or library_catalogue()
    try:
        bundle = read_bundle(path, limits)
        content = parse(bundle)
        if content.header.is_demo and not allow_demo:
            raise BundleRejected("it holds demo data (import it with --allow-demo for a trial)")
        if not content.header.host_name:
            raise BundleRejected("its summary names no host")
        programme = _programme(content.header, bundle.plan, catalogue)
        outcome = store.import_content(content, programme)
    except BundleRejected as refusal:
        return BundleResult(path, Outcome.REJECTED, str(refusal))
    return BundleResult(path, outcome)


def import_paths(
    store: ImportUseCases,
    paths: Sequence[Path],
    *,
    allow_demo: bool = False,
    catalogue: Catalogue | None = None,
    progress: Progress | None = None,
    limits: BundleLimits | None = None,
) -> ImportSummary:
    """Import every bundle named or found in the folders named, one transaction each."""
    catalogue = _cached(catalogue or library_catalogue())
    store.forget_cached()
    bundles, missing = find_bundles(paths)
    summary = ImportSummary(list(missing))
    total = len(bundles)
    for done, path in enumerate(bundles, 1):
        result = import_bundle(store, path, allow_demo=allow_demo, catalogue=catalogue, limits=limits)
        summary.results.append(result)
        if progress is not None:
            progress(done, total, result)
    return summary


def _cached(catalogue: Catalogue) -> Catalogue:
    known: dict[tuple[str, str], ProgrammeInfo | None] = {}

    def find(programme_id: str, version: str) -> ProgrammeInfo | None:
        key = (programme_id, version)
        if key not in known:
            known[key] = catalogue(programme_id, version)
        return known[key]

    return find
