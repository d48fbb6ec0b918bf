"""Open the application with the course editor showing the first course that has held
meetings, on its first tab (or the tab given), for screenshots:

    FACILITATOR_HOME=… FACILITATOR_LANGUAGE=ar snap OUT.png -- \\
        .venv/bin/python -m tests.ui.show_course_editor [TAB]
"""

from __future__ import annotations

import sys

from facilitator.app import run_application
from facilitator.records.values import MeetingState
from facilitator.ui.main_window import MainWindow
from facilitator.ui.records_model import Records


def main() -> int:
    tab = int(sys.argv[1]) if len(sys.argv) > 1 else 0

    def open_editor(window: MainWindow, records: Records) -> None:
        opened: list[bool] = []

        def on_changed() -> None:
            if opened or records.library is None or not records.snapshot.overviews:
                return
            opened.append(True)
            overview = max(records.snapshot.overviews, key=lambda o: sum(
                m.state is MeetingState.FINISHED for m in o.meetings))
            course_id = overview.course.id

            def loaded(found: object) -> None:
                editor = window.open_course_editor(*found)  # type: ignore[misc]
                editor.ui.tabs.setCurrentIndex(tab)

            records.call(lambda store: (store.course_overview(course_id),
                                        store.participants(course_id)), loaded, refresh=False)

        records.changed.connect(on_changed)
        records.library_changed.connect(on_changed)

    return run_application(None, open_editor)


if __name__ == "__main__":
    sys.exit(main())
