"""The host report as CSV: the exports' long format (section; item; detail; value), UTF-8
with BOM and ';', formulas defused, the same suppressed cells as the PDF."""

from __future__ import annotations

from facilitator.export.csv_export import Row, breakdown_rows, csv_bytes
from facilitator.export.host_report import HostReport, people_count


def host_report_csv(report: HostReport) -> bytes:
    return csv_bytes(host_report_rows(report))


def host_report_rows(report: HostReport) -> list[Row]:
    tr, c, m = report.tr, report.counts, report.minimum
    _ = tr.gettext
    about = _("About")
    rows: list[Row] = [
        [_("Section"), _("Item"), _("Detail"), _("Value")],
        [about, _("Host"), "", report.host],
        [about, _("Period"), report.start.isoformat(), report.end.isoformat()],
        [about, _("Made on"), "", report.made_on.isoformat()],
        [about, _("Demo data"), "", _("yes") if report.is_demo else _("no")],
        [about, _("Minimum cell size"), "", str(m)],
        [about, _("Meetings held"), "", str(c.meetings)],
        [about, _("Courses"), "", str(c.courses)],
        [about, _("Attendances"), "", people_count(c.attended, m)],
        [about, _("Retention"), "%", "" if c.retention is None else tr.number(c.retention * 100, 1)],
        [about, _("People reached"), "", people_count(c.reached, m)],
        [about, _("Course reports received"), str(c.courses), str(c.courses_reporting)],
    ]
    month = _("Meetings per month")
    for line in c.by_month:
        rows += [[month, line.month, _("Meetings"), str(line.meetings)],
                 [month, line.month, _("Attendances"), people_count(line.attended, m)]]
    by_session = _("Attendance by session number")
    for s in c.by_session:
        rows += [[by_session, str(s.session_number), _("Meetings"), str(s.meetings)],
                 [by_session, str(s.session_number), _("Attendances"), people_count(s.attended, m)]]
    adherence = _("Adherence per programme")
    for title, n, ratio in report.programmes:
        rows += [[adherence, title, _("Meetings"), str(n)],
                 [adherence, title, "%", "" if ratio is None else tr.number(ratio * 100, 1)]]
    rows += [[_("Themes raised in shareable notes"), t.title, _("Notes"), str(t.count)] for t in report.themes]
    rows += [[_("Films shown"), f.title, _("Times shown"), str(f.count)] for f in report.films]
    rows += breakdown_rows(report.breakdowns, tr)
    return rows
