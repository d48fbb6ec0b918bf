"""Pauses and gaps: paused time per visit, a gap log, a heartbeat and a checked state.

Step time (DESIGN 4a) leaves out paused time and time the program was not running. This
revision records paused seconds on each visit, logs each gap as a row, keeps the last
moment a meeting was known to be running (to close a visit cut off by a crash), and makes
the database refuse an unknown meeting state. Adding the CHECK constraint makes batch mode recreate the
`meetings` table on SQLite, which is exactly the rebuild that would empty every child
table through ON DELETE CASCADE if foreign keys were on (migrate.py turns them off).

Revision ID: 0002
Revises: 0001
Create Date: 2025-02-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("meetings") as batch:
        batch.add_column(sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=True))
        batch.create_check_constraint(
            op.f("ck_meetings_state"), "state IN ('running', 'paused', 'finished')"
        )
    for table in ("step_visits", "rehearsal_visits"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("paused_seconds", sa.Float(), server_default="0", nullable=False)
            )
    op.create_table(
        "meeting_gaps",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name=op.f("fk_meeting_gaps_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_gaps")),
    )
    op.create_index(op.f("ix_meeting_gaps_meeting_id"), "meeting_gaps", ["meeting_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_meeting_gaps_meeting_id"), table_name="meeting_gaps")
    op.drop_table("meeting_gaps")
    for table in ("rehearsal_visits", "step_visits"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("paused_seconds")
    with op.batch_alter_table("meetings") as batch:
        batch.drop_constraint(op.f("ck_meetings_state"), type_="check")
        batch.drop_column("last_seen_at")
