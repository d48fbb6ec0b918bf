"""Breakdowns as the host sees them: suppressed tables with translated row and column names.

Used by the course report PDF and the CSV, so both publish exactly the same cells. The data
bundle carries the exact counts instead (DESIGN 8: the coordinator's sums must add up).
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.export.i18n import Translation, capitalised
from facilitator.export.summary import CourseSummary
from facilitator.export.suppression import (
    DEFAULT_MINIMUM,
    HIDDEN_SYMBOL,
    CountTable,
    SuppressedTable,
    suppress,
)
from facilitator.sessions.vocabulary import AgeBand, ConcernKind, Gender, ReferralDestination


@dataclass(frozen=True)
class PublishedBreakdown:
    """A suppressed table ready to print: title, labels and the cells as text."""

    key: str
    title: str
    row_header: str
    row_labels: tuple[str, ...]
    column_labels: tuple[str, ...]
    """Empty for a one-column table."""
    table: SuppressedTable

    def rows(self, total_label: str) -> list[list[str]]:
        """Rows of text, totals included: the last column and the last row."""
        t = self.table.table
        n_rows = len(t.rows)
        n_cols = len(t.columns)
        out = []
        for r in range(n_rows + 1):
            label = self.row_labels[r] if r < n_rows else total_label
            if n_cols:
                out.append([label, *[self.table.display((r, c)) for c in range(n_cols + 1)]])
            else:
                out.append([label, self.table.display((r, 0))])
        return out


def course_breakdowns(summary: CourseSummary, tr: Translation,
                      minimum: int = DEFAULT_MINIMUM) -> tuple[PublishedBreakdown, ...]:
    """The course report's breakdowns, each suppressed on its own (they share only totals
    that are published anyway)."""
    _ = tr.gettext
    return (
        PublishedBreakdown(
            "gender_by_age",
            _("Participants who attended at least once, by gender and age band"),
            _("Gender"),
            tuple(capitalised(tr.label(Gender(v))) for v in summary.gender_by_age.rows),
            tuple(capitalised(tr.label(AgeBand(v))) for v in summary.gender_by_age.columns),
            suppress(summary.gender_by_age, minimum),
        ),
        PublishedBreakdown(
            "languages",
            _("Participants who attended at least once, by language"),
            _("Language"),
            tuple(capitalised(_language_label(tr, code)) for code in summary.languages.rows),
            (),
            suppress(summary.languages, minimum),
        ),
        PublishedBreakdown(
            "concerns",
            _("Concerns by kind"),
            _("Concern"),
            tuple(capitalised(tr.label(ConcernKind(v))) for v in summary.concern_table.rows),
            (),
            suppress(summary.concern_table, minimum),
        ),
        PublishedBreakdown(
            "referrals",
            _("Referrals by destination"),
            _("Referred to"),
            tuple(capitalised(tr.label(ReferralDestination(v))) for v in summary.referral_table.rows),
            (),
            suppress(summary.referral_table, minimum),
        ),
    )


def _language_label(tr: Translation, code: str) -> str:
    if code == "other":
        return tr.pgettext("language", "other languages")
    if code == "not-stated":
        return tr.pgettext("language", "not stated")
    return tr.language_name(code)


def legend(tr: Translation, minimum: int) -> str:
    return tr.gettext(
        "<{n}: fewer than {n} (none included). {x}: hidden so that a small number cannot be "
        "worked out from the totals."
    ).format(n=minimum, x=HIDDEN_SYMBOL)


def table_is_empty(table: CountTable) -> bool:
    return table.total == 0
