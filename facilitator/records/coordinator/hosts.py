"""Hosts as typed on many laptops, and merging the spellings of one host.

"Aarhus Kommune", "Århus kommune" and "aarhus  kommune" are one municipality. The store
never merges on its own: it suggests names whose normalised forms are equal or very close,
and the coordinator merges them explicitly. A merge is remembered through the typed names,
so later bundles that spell the host either way land on the merged host.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from facilitator.records.coordinator.base import CoordinatorBase
from facilitator.records.coordinator.models import (
    CourseRow,
    HostName,
    HostRow,
    MeetingCount,
    MeetingRow,
)
from facilitator.records.errors import InvalidRecord, NotFound

_DANISH = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ß": "ss"})
_NOT_WORD = re.compile(r"[^\w]+")
SIMILAR = 0.88


def name_key(name: str) -> str:
    """A host name reduced for comparison: case, accents, Danish letters, punctuation."""
    text = unicodedata.normalize("NFKC", name).casefold().translate(_DANISH)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(_NOT_WORD.sub(" ", text).split())


@dataclass(frozen=True)
class HostSummary:
    """A host in the coordinator store, with the spellings that lead to it and what it holds."""

    id: int
    name: str
    typed_names: tuple[str, ...]
    courses: int
    meetings: int


class HostUseCases(CoordinatorBase):
    def hosts(self) -> list[HostSummary]:
        """Every host by name, with the spellings that point at it and what it holds."""
        with self._transaction() as session:
            hosts = session.execute(select(HostRow.id, HostRow.name).order_by(HostRow.name)).all()
            typed: dict[int, list[str]] = {}
            for name, host_id in session.execute(select(HostName.name, HostName.host_id).order_by(HostName.name)):
                typed.setdefault(host_id, []).append(name)
            courses = dict(session.execute(select(CourseRow.host_id, func.count()).group_by(CourseRow.host_id)).all())
            meetings = dict(session.execute(select(MeetingRow.host_id, func.count()).group_by(MeetingRow.host_id)).all())
        return [
            HostSummary(host_id, name, tuple(typed.get(host_id, ())), int(courses.get(host_id, 0)),
                        int(meetings.get(host_id, 0)))
            for host_id, name in hosts
        ]

    def merge_suggestions(self) -> list[tuple[HostSummary, ...]]:
        """Groups of hosts whose names look like one host typed differently."""
        hosts = self.hosts()
        keys = {h.id: name_key(h.name) for h in hosts}
        parent = {h.id: h.id for h in hosts}

        def root(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        for i, a in enumerate(hosts):
            for b in hosts[i + 1:]:
                ka, kb = keys[a.id], keys[b.id]
                if ka == kb or SequenceMatcher(None, ka, kb).ratio() >= SIMILAR:
                    parent[root(b.id)] = root(a.id)
        groups: dict[int, list[HostSummary]] = {}
        for host in hosts:
            groups.setdefault(root(host.id), []).append(host)
        return [tuple(g) for g in groups.values() if len(g) > 1]

    def merge_hosts(self, names: Sequence[str], into: str | None = None) -> HostSummary:
        """Merge the hosts named (as shown or as ever typed) into one, called `into` (or
        the first name); one transaction."""
        if not names:
            raise InvalidRecord("Name at least one host to merge.")
        target_name = " ".join((into or names[0]).split())
        self.forget_cached()
        with self._transaction() as session:
            ids: list[int] = []
            for name in names:
                host_id = self._resolve(session, name)
                if host_id not in ids:
                    ids.append(host_id)
            holder = session.scalar(select(HostRow.id).where(HostRow.name == target_name))
            if holder is not None and holder not in ids:
                ids.insert(0, holder)
            target, sources = ids[0], ids[1:]
            if sources:
                for model in (HostName, CourseRow, MeetingRow, MeetingCount):
                    session.execute(update(model).where(model.host_id.in_(sources)).values(host_id=target))
                session.execute(delete(HostRow).where(HostRow.id.in_(sources)))
                session.flush()
            host = session.get(HostRow, target)
            assert host is not None
            host.name = target_name
            if session.get(HostName, target_name) is None:
                session.add(HostName(name=target_name, host_id=target))
        return next(h for h in self.hosts() if h.id == target)

    @staticmethod
    def _resolve(session: Session, name: str) -> int:
        clean = " ".join(name.split())
        host_id = session.scalar(
            select(HostRow.id).outerjoin(HostName, HostName.host_id == HostRow.id)
            .where(or_(HostRow.name == clean, HostName.name == clean)).limit(1)
        )
        if host_id is None:
            raise NotFound(f"No host called {clean!r} has been imported.")
        return int(host_id)

    def host_id(self, name: str) -> int:
        """The host a name (as shown or as ever typed) stands for."""
        with self._transaction() as session:
            return self._resolve(session, name)
