"""The words of the coordinator's reports: their own gettext domain over the exports'.

Report phrases live in `resources/locale/<lang>/LC_MESSAGES/coordinator.po` (compiled to
`.mo`); anything not found there (vocabulary labels, months, "Total", …) falls through to
the exports' `facilitator` catalogue, so both translate alike.
"""

from __future__ import annotations

import gettext
from functools import cache

from facilitator import paths
from facilitator.export.i18n import Translation, translation

DOMAIN = "coordinator"


@cache
def report_translation(language: str) -> Translation:
    base = translation(language)
    own = gettext.translation(DOMAIN, localedir=str(paths.resources_dir() / "locale"),
                              languages=[base.language], fallback=True)
    own.add_fallback(base.catalogue)
    return Translation(base.language, own)
