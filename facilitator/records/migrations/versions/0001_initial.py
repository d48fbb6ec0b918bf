"""The first schema: hosts, courses, participants as codes, meetings and their logs.

Revision ID: 0001
Revises:
Create Date: 2025-01-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _instant(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _fk(table: str, column: str, target: str, ondelete: str = "CASCADE") -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"), ondelete=ondelete
    )


def upgrade() -> None:
    op.create_table(
        "hosts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("place", sa.String(200), nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("time_zone", sa.String(64), nullable=False),
        _instant("created_at"),
        _instant("updated_at"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hosts")),
    )
    op.create_table(
        "safety_cards",
        sa.Column("host_id", sa.Uuid(), nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("contacts", sa.Text(), nullable=False),
        sa.Column("referral_steps", sa.Text(), nullable=False),
        _instant("updated_at"),
        _fk("safety_cards", "host_id", "hosts"),
        sa.PrimaryKeyConstraint("host_id", "language", name=op.f("pk_safety_cards")),
    )
    op.create_table(
        "courses",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("programme_id", sa.String(100), nullable=False),
        sa.Column("programme_version", sa.String(32), nullable=False),
        sa.Column("host_id", sa.Uuid(), nullable=False),
        sa.Column("location", sa.String(200), nullable=False),
        sa.Column("group_languages", sa.JSON(), nullable=False),
        sa.Column("facilitator_language", sa.String(16), nullable=False),
        sa.Column("facilitator_initials", sa.JSON(), nullable=False),
        sa.Column("is_demo", sa.Boolean(), nullable=False),
        _instant("created_at"),
        _instant("updated_at"),
        _fk("courses", "host_id", "hosts", "RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_courses")),
    )
    op.create_index(op.f("ix_courses_host_id"), "courses", ["host_id"])
    op.create_table(
        "scheduled_meetings",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("course_id", sa.Uuid(), nullable=False),
        sa.Column("session_number", sa.Integer(), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("local_time", sa.Time(), nullable=False),
        sa.Column("time_zone", sa.String(64), nullable=False),
        _fk("scheduled_meetings", "course_id", "courses"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scheduled_meetings")),
        sa.UniqueConstraint(
            "course_id", "session_number", name=op.f("uq_scheduled_meetings_course_id_session_number")
        ),
    )
    op.create_index(op.f("ix_scheduled_meetings_local_date"), "scheduled_meetings", ["local_date"])
    op.create_table(
        "participants",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("course_id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(16), nullable=False),
        sa.Column("age_band", sa.String(40), nullable=True),
        sa.Column("gender", sa.String(40), nullable=True),
        sa.Column("language", sa.String(16), nullable=True),
        _instant("created_at"),
        _fk("participants", "course_id", "courses"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participants")),
        sa.UniqueConstraint("course_id", "code", name=op.f("uq_participants_course_id_code")),
    )
    op.create_table(
        "meetings",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("course_id", sa.Uuid(), nullable=False),
        sa.Column("session_number", sa.Integer(), nullable=False),
        sa.Column("programme_version", sa.String(32), nullable=False),
        sa.Column("state", sa.String(40), nullable=False),
        _instant("started_at"),
        _instant("finished_at", True),
        _instant("paused_at", True),
        sa.Column("current_step_id", sa.String(100), nullable=True),
        sa.Column("language", sa.String(16), nullable=False),
        _fk("meetings", "course_id", "courses"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
    )
    op.create_index(op.f("ix_meetings_course_id"), "meetings", ["course_id"])
    op.create_table(
        "attendance",
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("participant_id", sa.Uuid(), nullable=False),
        sa.Column("value", sa.String(40), nullable=False),
        _instant("updated_at"),
        _fk("attendance", "meeting_id", "meetings"),
        _fk("attendance", "participant_id", "participants"),
        sa.PrimaryKeyConstraint("meeting_id", "participant_id", name=op.f("pk_attendance")),
    )
    op.create_index(op.f("ix_attendance_participant_id"), "attendance", ["participant_id"])
    op.create_table(
        "step_visits",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("step_id", sa.String(100), nullable=False),
        _instant("started_at"),
        _instant("ended_at", True),
        _fk("step_visits", "meeting_id", "meetings"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_step_visits")),
    )
    op.create_index(op.f("ix_step_visits_meeting_id"), "step_visits", ["meeting_id"])
    op.create_table(
        "step_deviations",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("step_id", sa.String(100), nullable=True),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        _instant("created_at"),
        _fk("step_deviations", "meeting_id", "meetings"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_step_deviations")),
    )
    op.create_index(op.f("ix_step_deviations_meeting_id"), "step_deviations", ["meeting_id"])
    op.create_table(
        "notes",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("step_id", sa.String(100), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("shareable", sa.Boolean(), nullable=False),
        sa.Column("themes", sa.JSON(), nullable=False),
        _instant("created_at"),
        _instant("updated_at"),
        _instant("deleted_at", True),
        _fk("notes", "meeting_id", "meetings"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notes")),
    )
    op.create_index(op.f("ix_notes_meeting_id"), "notes", ["meeting_id"])
    op.create_index(op.f("ix_notes_created_at"), "notes", ["created_at"])
    op.create_table(
        "concerns",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("referral", sa.String(40), nullable=False),
        _instant("created_at"),
        _fk("concerns", "meeting_id", "meetings"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_concerns")),
    )
    op.create_index(op.f("ix_concerns_meeting_id"), "concerns", ["meeting_id"])
    op.create_table(
        "film_plays",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("film_id", sa.String(100), nullable=False),
        _instant("started_at"),
        _instant("ended_at", True),
        sa.Column("subtitle_language", sa.String(16), nullable=True),
        sa.Column("audio_language", sa.String(16), nullable=True),
        _fk("film_plays", "meeting_id", "meetings"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_film_plays")),
    )
    op.create_index(op.f("ix_film_plays_meeting_id"), "film_plays", ["meeting_id"])
    op.create_table(
        "rehearsals",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("programme_id", sa.String(100), nullable=False),
        sa.Column("programme_version", sa.String(32), nullable=False),
        sa.Column("session_number", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("state", sa.String(40), nullable=False),
        _instant("started_at"),
        _instant("finished_at", True),
        _instant("paused_at", True),
        sa.Column("current_step_id", sa.String(100), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rehearsals")),
    )
    op.create_table(
        "rehearsal_visits",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("rehearsal_id", sa.Uuid(), nullable=False),
        sa.Column("step_id", sa.String(100), nullable=False),
        _instant("started_at"),
        _instant("ended_at", True),
        _fk("rehearsal_visits", "rehearsal_id", "rehearsals"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rehearsal_visits")),
    )
    op.create_index(op.f("ix_rehearsal_visits_rehearsal_id"), "rehearsal_visits", ["rehearsal_id"])
    op.create_table(
        "settings",
        sa.Column("key", sa.String(100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )


def downgrade() -> None:
    for table in (
        "settings", "rehearsal_visits", "rehearsals", "film_plays", "concerns", "notes",
        "step_deviations", "step_visits", "attendance", "meetings", "participants",
        "scheduled_meetings", "courses", "safety_cards", "hosts",
    ):
        op.drop_table(table)
