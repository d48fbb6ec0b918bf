"""The dashboard's figures as tables of text and chart values, in the interface language.

Built from the coordinator's exact counts with the host report's own table builders and
the exports' suppression (`facilitator.export.host_report`), so the screen publishes the
same cells as the report. A suppressed cell reads "<N" or "x" in the table and is left
out of the chart (its bar is not drawn; the note under the chart says so).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from facilitator.export.host_report import (
    gender_age_table,
    is_small,
    language_table,
    people_count,
    referral_table,
)
from facilitator.export.suppression import Mark, SuppressedTable, suppress
from facilitator.records.coordinator.programmes import title_in
from facilitator.records.coordinator.queries import CountLine, PeriodCounts
from facilitator.sessions.vocabulary import AgeBand, Gender, ReferralDestination
from facilitator.ui import labels

Titles = dict[str, dict[str, str]]


translate = QCoreApplication.translate  # a literal translate("Context", "…") call lupdate finds


@dataclass(frozen=True)
class Series:
    """One series of a dashboard chart: a value per category, suppressed cells left out."""

    name: str
    values: tuple[float | None, ...]
    """One per category; None where the value is suppressed or absent."""


@dataclass(frozen=True)
class Figure:
    """One figure: a chart (categories × series) and the table behind it."""

    key: str
    tab: str
    """A short name for the figure's tab."""
    title: str
    kind: str
    """"bars", "horizontal" or "line"."""
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    note: str = ""
    percent: bool = False


def _number(value: float, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals) if decimals else QLocale().toString(round(value))


def _percent(ratio: float | None) -> str:
    return "–" if ratio is None else translate("CoordinatorFigures", "%1%").replace("%1", _number(ratio * 100))


def _month(month: str) -> str:
    year, number = (int(p) for p in month.split("-"))
    return QLocale().toString(QDate(year, number, 1), "MMM yyyy")


def _language(code: str) -> str:
    if code == "other":
        return translate("CoordinatorFigures", "other languages")
    if code == "not-stated":
        return labels.gender_label(Gender.NOT_STATED)
    return labels.language_name(code)


def _count_text(table: SuppressedTable, cell: tuple[int, int]) -> str:
    text = table.display(cell)
    return _number(int(text)) if text.isdigit() else text


def _chart_value(table: SuppressedTable, cell: tuple[int, int]) -> float | None:
    return float(table.table.value(cell)) if table.mark(cell) is Mark.SHOWN else None


def suppression_note(minimum: int) -> str:
    return translate("CoordinatorFigures", "“<%1”: fewer than %1. “x”: hidden so that a small number cannot be worked out "
               "from the totals. Charts leave both out.").replace("%1", str(minimum))


def build_figures(counts: PeriodCounts, minimum: int, language: str, films: Titles,
                  themes: Titles) -> tuple[Figure, ...]:
    return (
        _months(counts, minimum),
        _sessions(counts, minimum),
        _gender_age(counts, minimum),
        _languages(counts, minimum),
        _adherence(counts, language),
        _referrals(counts, minimum),
        _titled("films", translate("CoordinatorFigures", "Films"), translate("CoordinatorFigures", "Films shown"), translate("CoordinatorFigures", "Film"), translate("CoordinatorFigures", "Times shown"), counts.films,
                films, language),
        _titled("themes", translate("CoordinatorFigures", "Themes"), translate("CoordinatorFigures", "Themes raised in shareable notes"), translate("CoordinatorFigures", "Theme"), translate("CoordinatorFigures", "Notes"),
                counts.themes, themes, language),
    )


def _months(c: PeriodCounts, m: int) -> Figure:
    names = tuple(_month(line.month) for line in c.by_month)
    return Figure(
        "months", translate("CoordinatorFigures", "Months"), translate("CoordinatorFigures", "Meetings per month"), "bars", names,
        (Series(translate("CoordinatorFigures", "Meetings"), tuple(float(line.meetings) for line in c.by_month)),),
        (translate("CoordinatorFigures", "Month"), translate("CoordinatorFigures", "Meetings"), translate("CoordinatorFigures", "Attendances")),
        tuple((name, _number(line.meetings), people_count(line.attended, m))
              for name, line in zip(names, c.by_month, strict=True)),
    )


def _sessions(c: PeriodCounts, m: int) -> Figure:
    first = c.by_session[0].attended if c.by_session else 0
    rows = []
    for line in c.by_session:
        shown = first and not is_small(line.attended, m) and not is_small(first, m)
        rows.append((str(line.session_number), _number(line.meetings), people_count(line.attended, m),
                     _percent(line.attended / first) if shown else "–"))
    return Figure(
        "sessions", translate("CoordinatorFigures", "Sessions"), translate("CoordinatorFigures", "Attendance by session number"), "line",
        tuple(str(line.session_number) for line in c.by_session),
        (Series(translate("CoordinatorFigures", "Attendances"), tuple(None if is_small(line.attended, m) else float(line.attended)
                                          for line in c.by_session)),),
        (translate("CoordinatorFigures", "Session"), translate("CoordinatorFigures", "Meetings"), translate("CoordinatorFigures", "Attendances"), translate("CoordinatorFigures", "Of the first session")),
        tuple(rows),
        note=translate("CoordinatorFigures", "Retention (latest meeting ÷ first, per course): %1").replace("%1", _percent(c.retention)),
    )


def _gender_age(c: PeriodCounts, m: int) -> Figure:
    table = suppress(gender_age_table(c), m)
    genders, bands = list(Gender), list(AgeBand)
    band_names = tuple(labels.age_band_label(b) for b in bands)
    rows = []
    for r, gender in enumerate([*genders, None]):
        name = labels.gender_label(gender) if gender else translate("CoordinatorFigures", "Total")
        rows.append((name, *(_count_text(table, (r, col)) for col in range(len(bands) + 1))))
    series = tuple(
        Series(labels.gender_label(g), tuple(_chart_value(table, (r, col)) for col in range(len(bands))))
        for r, g in enumerate(genders)
    )
    return Figure(
        "gender_age", translate("CoordinatorFigures", "Gender and age"), translate("CoordinatorFigures", "People reached by gender and age band"), "bars", band_names, series,
        (translate("CoordinatorFigures", "Gender"), *band_names, translate("CoordinatorFigures", "Total")), tuple(rows),
        note=_reach_note(c, table),
    )


def _reach_note(c: PeriodCounts, table: SuppressedTable) -> str:
    if table.withheld:
        return translate("CoordinatorFigures", "Too few people to show this breakdown without revealing someone.")
    return translate("CoordinatorFigures", "From the course reports of %1 of %2 courses with a meeting in the period.") \
        .replace("%1", str(c.courses_reporting)).replace("%2", str(c.courses))


def _languages(c: PeriodCounts, m: int) -> Figure:
    source = language_table(c)
    table = suppress(source, m)
    names = tuple(_language(code) for code in source.rows)
    rows = tuple((name, _count_text(table, (r, 0))) for r, name in enumerate(names))
    return Figure(
        "languages", translate("CoordinatorFigures", "Languages"), translate("CoordinatorFigures", "People reached by language"), "horizontal", names,
        (Series(translate("CoordinatorFigures", "People"), tuple(_chart_value(table, (r, 0)) for r in range(len(names)))),),
        (translate("CoordinatorFigures", "Language"), translate("CoordinatorFigures", "People")), (*rows, (translate("CoordinatorFigures", "Total"), _count_text(table, (len(names), 0)))),
        note=_reach_note(c, table),
    )


def _adherence(c: PeriodCounts, language: str) -> Figure:
    names = tuple(title_in(p.titles, language, p.programme_id) for p in c.by_programme)
    return Figure(
        "adherence", translate("CoordinatorFigures", "Adherence"), translate("CoordinatorFigures", "Adherence per programme"), "horizontal", names,
        (Series(translate("CoordinatorFigures", "Adherence"), tuple(None if p.adherence is None else p.adherence * 100
                                        for p in c.by_programme)),),
        (translate("CoordinatorFigures", "Programme"), translate("CoordinatorFigures", "Meetings"), translate("CoordinatorFigures", "Adherence")),
        tuple((name, _number(p.meetings), _percent(p.adherence))
              for name, p in zip(names, c.by_programme, strict=True)),
        note=translate("CoordinatorFigures", "Required steps delivered ÷ required steps planned, averaged over the meetings."),
        percent=True,
    )


def _referrals(c: PeriodCounts, m: int) -> Figure:
    table = suppress(referral_table(c), m)
    places = list(ReferralDestination)
    names = tuple(labels.referral_label(p) for p in places)
    rows = tuple((name, _count_text(table, (r, 0))) for r, name in enumerate(names))
    return Figure(
        "referrals", translate("CoordinatorFigures", "Referrals"), translate("CoordinatorFigures", "Referrals by destination"), "horizontal", names,
        (Series(translate("CoordinatorFigures", "Referrals"), tuple(_chart_value(table, (r, 0)) for r in range(len(names)))),),
        (translate("CoordinatorFigures", "Referred to"), translate("CoordinatorFigures", "Referrals")), (*rows, (translate("CoordinatorFigures", "Total"), _count_text(table, (len(names), 0)))),
    )


def _titled(key: str, tab: str, title: str, header: str, unit: str, lines: tuple[CountLine, ...],
            titles: Titles, language: str) -> Figure:
    names = tuple(title_in(titles.get(line.key, {}), language, line.title or line.key) for line in lines)
    return Figure(
        key, tab, title, "horizontal", names,
        (Series(unit, tuple(float(line.count) for line in lines)),),
        (header, unit), tuple((name, _number(line.count)) for name, line in zip(names, lines, strict=True)),
    )
