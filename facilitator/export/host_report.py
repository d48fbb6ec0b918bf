"""The host's activity report for a period, as values ready to print (PDF or CSV).

Built from the coordinator store's exact counts (`PeriodCounts`); every breakdown of
people (gender by age band, language, concerns, referrals) goes through the exports'
small-cell suppression, and so does any other count of people that stands on its own
(attendance per session number or month): below the minimum it reads "<N". Counts of
meetings, films and notes are not about people and are shown as they are. The dashboard
builds its tables with the same functions, so screen and paper never disagree.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from facilitator.export.breakdowns import PublishedBreakdown
from facilitator.export.host_report_i18n import report_translation
from facilitator.export.i18n import Translation
from facilitator.export.suppression import CountTable, effective_minimum, suppress
from facilitator.records.coordinator.programmes import title_in
from facilitator.records.coordinator.queries import CountLine, Filters, PeriodCounts
from facilitator.records.coordinator.store import CoordinatorStore
from facilitator.sessions.vocabulary import AgeBand, ConcernKind, Gender, ReferralDestination

OTHER = "other"
NOT_STATED = "not-stated"


def gender_age_table(counts: PeriodCounts) -> CountTable:
    """Rows: every gender; columns: every age band (exact counts of people reached)."""
    genders, bands = list(Gender), list(AgeBand)
    return CountTable(
        tuple(g.value for g in genders), tuple(b.value for b in bands),
        tuple(tuple(counts.gender_age.get((g.value, b.value), 0) for b in bands) for g in genders),
    )


def language_table(counts: PeriodCounts) -> CountTable:
    """Languages by number reached, then "other" and "not stated"."""
    named = sorted(((k, n) for k, n in counts.languages.items() if k not in (OTHER, NOT_STATED)),
                   key=lambda kv: (-kv[1], kv[0]))
    rows = [*(k for k, _n in named), OTHER, NOT_STATED]
    return CountTable(tuple(rows), (), tuple((counts.languages.get(r, 0),) for r in rows))


def concern_table(counts: PeriodCounts) -> CountTable:
    kinds = list(ConcernKind)
    return CountTable(tuple(k.value for k in kinds), (), tuple((counts.concerns.get(k.value, 0),) for k in kinds))


def referral_table(counts: PeriodCounts) -> CountTable:
    places = list(ReferralDestination)
    return CountTable(tuple(p.value for p in places), (),
                      tuple((counts.referrals.get(p.value, 0),) for p in places))


def people_count(value: int, minimum: int) -> str:
    """A count of people published on its own: "<N" below the minimum (0 stays 0)."""
    n = effective_minimum(minimum)
    return f"<{n}" if 0 < value < n else str(value)


def is_small(value: int, minimum: int) -> bool:
    return 0 < value < effective_minimum(minimum)


@dataclass(frozen=True)
class TitledCount:
    """A film or theme in the host report, titled in the report's language, with its count."""

    title: str
    count: int


@dataclass(frozen=True)
class HostReport:
    """A host's activity report for a period, ready to print as PDF or CSV."""

    host: str
    """The host's name, or the words for "all hosts"."""
    start: date
    end: date
    made_on: date
    tr: Translation
    minimum: int
    counts: PeriodCounts
    programmes: tuple[tuple[str, int, float | None], ...]
    """(title, meetings, adherence) per programme."""
    films: tuple[TitledCount, ...]
    themes: tuple[TitledCount, ...]
    breakdowns: tuple[PublishedBreakdown, ...]

    @property
    def is_demo(self) -> bool:
        return self.counts.demo_meetings > 0


def _localised(lines: tuple[CountLine, ...], titles: Mapping[str, Mapping[str, str]],
               language: str) -> tuple[TitledCount, ...]:
    return tuple(TitledCount(title_in(dict(titles.get(c.key, {})), language, c.title or c.key), c.count)
                 for c in lines)


def language_label(tr: Translation, code: str) -> str:
    if code == OTHER:
        return tr.pgettext("language", "other languages")
    if code == NOT_STATED:
        return tr.pgettext("language", "not stated")
    return tr.language_name(code)


def breakdowns(counts: PeriodCounts, tr: Translation, minimum: int) -> tuple[PublishedBreakdown, ...]:
    _ = tr.gettext
    tables = (
        ("gender_by_age", _("People reached, by gender and age band"), _("Gender"), gender_age_table(counts)),
        ("languages", _("People reached, by language"), _("Language"), language_table(counts)),
        ("concerns", _("Concerns by kind"), _("Concern"), concern_table(counts)),
        ("referrals", _("Referrals by destination"), _("Referred to"), referral_table(counts)),
    )
    published = []
    for key, title, header, table in tables:
        if key == "gender_by_age":
            rows = tuple(tr.label(Gender(v)) for v in table.rows)
            columns = tuple(tr.label(AgeBand(v)) for v in table.columns)
        elif key == "languages":
            rows, columns = tuple(language_label(tr, v) for v in table.rows), ()
        elif key == "concerns":
            rows, columns = tuple(tr.label(ConcernKind(v)) for v in table.rows), ()
        else:
            rows, columns = tuple(tr.label(ReferralDestination(v)) for v in table.rows), ()
        published.append(PublishedBreakdown(key, title, header, rows, columns, suppress(table, minimum)))
    return tuple(published)


def build_host_report(
    store: CoordinatorStore,
    start: date,
    end: date,
    host: str | None,
    language: str,
    *,
    include_demo: bool = False,
    minimum: int | None = None,
) -> HostReport:
    """The report for one host (a name as shown or as ever typed) or all hosts."""
    tr = report_translation(language)
    minimum = effective_minimum(minimum if minimum is not None else int(store.setting("privacy.minimum_cell")))
    host_ids: tuple[int, ...] = ()
    host_title = tr.gettext("All hosts")
    if host:
        host_id = store.host_id(host)
        host_ids = (host_id,)
        host_title = next(h.name for h in store.hosts() if h.id == host_id)
    counts = store.period_counts(Filters(start, end, host_ids, include_demo=include_demo))
    films, themes = store.known_titles()
    return HostReport(
        host=host_title, start=start, end=end, made_on=store.now().date(), tr=tr, minimum=minimum,
        counts=counts,
        programmes=tuple((title_in(p.titles, tr.language, p.programme_id), p.meetings, p.adherence)
                         for p in counts.by_programme),
        films=_localised(counts.films, films, tr.language),
        themes=_localised(counts.themes, themes, tr.language),
        breakdowns=breakdowns(counts, tr, minimum),
    )


def write_host_report(report: HostReport, out: Path) -> None:
    """Write the report as PDF or CSV, chosen by the file's suffix (atomically)."""
    from facilitator.export.host_report_csv import host_report_csv
    from facilitator.export.host_report_pdf import host_report_pdf

    suffix = out.suffix.lower()
    if suffix == ".csv":
        data = host_report_csv(report)
    elif suffix == ".pdf":
        data = host_report_pdf(report)
    else:
        raise ValueError("the report is written as .pdf or .csv")
    partial = out.with_name(f".{out.name}.partial")
    partial.write_bytes(data)
    partial.replace(out)
