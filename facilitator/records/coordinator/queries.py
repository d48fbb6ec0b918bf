"""The dashboard's and the host report's figures: exact counts over a filtered period.

Results are exact; suppression of small cells is the business of what publishes them
(`facilitator.export.host_report`). Where a figure comes from:

- meetings, attendance, adherence: every meeting held in the period;
- films, themes, concerns and referrals by kind: meetings that came as meeting bundles,
  plus, for a course that sent only its course report, that report's counts, counted in
  the period that holds the course's last meeting (so a course is counted once);
- who was reached (gender by age band, language): the course reports of courses with a
  meeting in the period (a course's reach is not split by meeting).
"""

from __future__ import annotations

from sqlalchemy import func, select

from facilitator.records.coordinator import period
from facilitator.records.coordinator.base import CoordinatorBase
from facilitator.records.coordinator.figures import (
    CountLine,
    FilterChoices,
    Filters,
    MonthLine,
    PeriodCounts,
    ProgrammeLine,
    SessionLine,
)
from facilitator.records.coordinator.models import HostRow, MeetingRow, ProgrammeRow

__all__ = ["CountLine", "DashboardQueries", "FilterChoices", "Filters", "MonthLine", "PeriodCounts",
           "ProgrammeLine", "SessionLine"]


class DashboardQueries(CoordinatorBase):
    def filter_choices(self) -> FilterChoices:
        """What the dashboard's filters offer: hosts, programmes, languages, dates held."""
        with self._transaction() as session:
            hosts = session.execute(select(HostRow.id, HostRow.name).order_by(HostRow.name)).all()
            ids = session.scalars(select(MeetingRow.programme_id).distinct()).all()
            titles = period.programme_titles(session, ids)
            languages = session.scalars(select(MeetingRow.language).distinct().order_by(MeetingRow.language)).all()
            first, last = session.execute(select(func.min(MeetingRow.held_on), func.max(MeetingRow.held_on))).one()
        return FilterChoices(tuple((int(i), str(n)) for i, n in hosts),
                             tuple((i, titles.get(i, {})) for i in sorted(ids)), tuple(languages), first, last)

    def known_titles(self) -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]]]:
        """Film and theme titles in every language, from every programme version known."""
        films: dict[str, dict[str, str]] = {}
        themes: dict[str, dict[str, str]] = {}
        with self._transaction() as session:
            rows = session.execute(select(ProgrammeRow.version, ProgrammeRow.films, ProgrammeRow.themes)).all()
        for _version, film_titles, theme_titles in sorted(rows, key=lambda r: period.version_key(r[0])):
            for target, source in ((films, film_titles), (themes, theme_titles)):
                for key, titles in (source or {}).items():
                    target.setdefault(key, {}).update(titles)
        return films, themes

    def period_counts(self, filters: Filters) -> PeriodCounts:
        """Every figure for the filtered period, in one read transaction."""
        with self._transaction() as session:
            return period.counts(session, filters)
