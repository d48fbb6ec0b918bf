"""Alembic environment for the facilitator's store.

Run through `facilitator.records.migrate`, which hands over a connection whose SQLite
foreign keys are OFF and an open transaction (see migrate.py for why); this file only
configures the context. `render_as_batch` lets SQLite recreate tables to alter them.
"""

from __future__ import annotations

from alembic import context

from facilitator.records.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through facilitator.records.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
