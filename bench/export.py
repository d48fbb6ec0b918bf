"""Export speed: a session summary PDF, a course report (10 meetings, 15 participants) and
data bundles, each from the store's records to bytes, against ReportLab rendering a plain
one-page document in the same run.

Prints medians and their ratios to the baseline, and the budgets (session summary under
0.3 s, course report under 1 s). The first export of a process also registers the fonts;
that cold time is printed apart. `--quick` runs each case twice (the test suite's smoke
test); timings are never asserted.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from facilitator.export.build import summarise_course, summarise_meeting  # noqa: E402
from facilitator.export.bundle import write_bundle  # noqa: E402
from facilitator.export.pdf_course import write_course_pdf  # noqa: E402
from facilitator.export.pdf_meeting import write_meeting_pdf  # noqa: E402
from tests.export.samples import bundled, sample_course, synthetic_programme  # noqa: E402


def baseline_page() -> bytes:
    """ReportLab alone: a one-page document with a title, some paragraphs and a table."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    styles = getSampleStyleSheet()
    story = [Paragraph("Session summary", styles["Title"])]
    story += [Paragraph(f"Paragraph {i}: the group met and worked on the exercise.", styles["Normal"])
              for i in range(12)]
    story.append(Table([[f"r{r}c{c}" for c in range(5)] for r in range(12)]))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, invariant=1).build(story)
    return out.getvalue()


def median_seconds(runs: int, work: Callable[[], object]) -> float:
    values = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        values.append(time.perf_counter() - start)
    return statistics.median(values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="two runs each, for smoke tests")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    runs = 2 if args.quick else args.runs

    meeting_course = sample_course(bundled("parents-in-a-new-country"), participants=15)
    meeting = meeting_course.records.meetings[4]
    programme = meeting_course.programme
    big = sample_course(synthetic_programme(10), meetings=10, participants=15)

    def session_summary(language: str) -> Callable[[], bytes]:
        def work() -> bytes:
            out = io.BytesIO()
            write_meeting_pdf(summarise_meeting(meeting, programme, language), out)
            return out.getvalue()
        return work

    def course_report() -> bytes:
        out = io.BytesIO()
        write_course_pdf(summarise_course(big.records, lambda _v: big.programme, "da"), out)
        return out.getvalue()

    def meeting_bundle() -> bytes:
        out = io.BytesIO()
        write_bundle(summarise_meeting(meeting, programme, "da"), out, programme)
        return out.getvalue()

    def course_bundle() -> bytes:
        out = io.BytesIO()
        write_bundle(summarise_course(big.records, lambda _v: big.programme, "da"), out, big.programme)
        return out.getvalue()

    cold_start = time.perf_counter()
    session_summary("da")()
    cold = time.perf_counter() - cold_start
    baseline_page()

    baseline = median_seconds(runs, baseline_page)
    cases = [
        ("session summary PDF (da)", session_summary("da"), 0.3),
        ("session summary PDF (ar)", session_summary("ar"), 0.3),
        ("course report PDF, 10 meetings x 15", course_report, 1.0),
        ("meeting bundle (json+pdf+plan)", meeting_bundle, None),
        ("course bundle, 10 meetings x 15", course_bundle, None),
    ]
    print(f"runs per case: {runs}")
    print(f"{'ReportLab one-page baseline':38s} {baseline * 1000:8.1f} ms")
    print(f"{'first export in this process (fonts)':38s} {cold * 1000:8.1f} ms")
    for name, work, budget in cases:
        seconds = median_seconds(runs, work)
        budget_text = f"  (budget {budget:.1f} s: {'ok' if seconds < budget else 'OVER'})" if budget else ""
        print(f"{name:38s} {seconds * 1000:8.1f} ms   ratio {seconds / baseline:5.2f}{budget_text}")


if __name__ == "__main__":
    main()
