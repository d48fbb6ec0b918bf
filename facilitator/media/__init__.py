"""Films: catalogue, player protocol and backends. QtCore only, never QtWidgets.

Importing the package applies the PySide6 work-arounds in `qtcompat` (see there).
"""

from facilitator.media import qtcompat as _qtcompat  # noqa: F401
