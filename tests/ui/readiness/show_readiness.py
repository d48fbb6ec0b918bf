"""Show the readiness check of a made-up meeting, for screenshots (not a test).

    python tests/ui/readiness/show_readiness.py [en|da|ar|ru]

A copy of the demo programme in a temp folder, with the film "dropping-anchor" missing and
the Arabic subtitles of "what-stress-does" gone; a host with a filled-in safety card; the
screens are whatever the window system has (one with `snap`, two with `--screens 2`).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

REPO = Path(__file__).resolve().parents[3]


def main(argv: list[str]) -> int:
    language = argv[1] if len(argv) > 1 else "en"
    tmp = Path(tempfile.mkdtemp(prefix="fc-readiness-"))
    os.environ["FACILITATOR_HOME"] = str(tmp / "home")
    sys.path.insert(0, str(REPO))

    from PySide6.QtWidgets import QApplication

    from facilitator.records.store import open_store
    from facilitator.sessions.library import discover
    from facilitator.sessions.package import load_programme
    from facilitator.ui import theme
    from facilitator.ui.background import Background
    from facilitator.ui.i18n import InterfaceLanguage
    from facilitator.ui.readiness.check import MeetingToCheck
    from facilitator.ui.readiness.window import ReadinessWindow
    from facilitator.ui.records_model import Records

    app = QApplication(argv[:1])
    theme.apply(app)
    InterfaceLanguage(app).apply(language)

    package = tmp / "managing-stress-together"
    shutil.copytree(REPO / "resources" / "programmes" / "managing-stress-together", package)
    bundled = tmp / "bundled-films"
    bundled.mkdir()
    shutil.copy2(REPO / "resources" / "films" / "what-stress-does.mp4", bundled)
    programme = load_programme(package)
    (package / "films" / "what-stress-does.ar.srt").unlink()

    store = open_store(str(tmp / "records.db"))
    host = store.create_host("Egebjerg Kommune", "Egebjerg", "da", "Europe/Copenhagen")
    store.set_safety_card(host.id, language, "Egebjerg health line: 11 22 33 44",
                          "Stay with the person; call the health line together.")
    records = Records(Background(app), app)
    records.set_library(discover())
    records.attach(store)

    meeting = MeetingToCheck(
        programme, 1, ("ar", "da"), language, host.id, host.name, course_title="Tirsdagsgruppen",
        starts_at=datetime(2025, 3, 11, 17, 30, tzinfo=ZoneInfo("Europe/Copenhagen")))
    window = ReadinessWindow(meeting, records, offer_start=True, bundled_films=bundled,
                             host_films=Path("/home/facilitator/Films"))
    boxes = window.view.material_boxes()
    for box in boxes[:3]:
        box.setChecked(True)
    window.resize(1280, 860)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
