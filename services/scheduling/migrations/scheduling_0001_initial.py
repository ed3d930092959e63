"""scheduling: calendars, events, meetings, decisions, corrections

Revision ID: scheduling_0001
Revises:
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "scheduling_0001"
down_revision = None
branch_labels = ("scheduling",)
depends_on = "core_0001"

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "scheduling_calendars",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner", sa.String(320), nullable=False),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("working_hours", sa.JSON(), nullable=False),
        sa.Column("buffer_minutes", sa.Integer(), nullable=False),
        sa.Column("min_notice_minutes", sa.Integer(), nullable=False),
        sa.Column("backend", sa.String(20), nullable=False),
        sa.Column("caldav_url", sa.String(1000), nullable=False),
        sa.Column("caldav_username", sa.String(320), nullable=False),
        sa.Column("caldav_password", sa.String(500), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_scheduling_calendars"),
        sa.UniqueConstraint("owner", name="uq_scheduling_calendars_owner"),
    )
    op.create_table(
        "scheduling_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("calendar_id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(255), nullable=False),
        sa.Column("start", TS, nullable=False),
        sa.Column("end", TS, nullable=False),
        sa.Column("transparent", sa.Boolean(), nullable=False),
        sa.Column("ics", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_scheduling_events"),
        sa.ForeignKeyConstraint(
            ["calendar_id"],
            ["scheduling_calendars.id"],
            name="fk_scheduling_events_calendar_id_scheduling_calendars",
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint("calendar_id", "uid", name="uq_scheduling_events_calendar_id"),
    )
    op.create_index(
        "ix_scheduling_events_span", "scheduling_events", ["calendar_id", "start", "end"]
    )
    op.create_table(
        "scheduling_meetings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(255), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("location", sa.String(1000), nullable=False),
        sa.Column("organizer", sa.String(320), nullable=False),
        sa.Column("attendees", sa.JSON(), nullable=False),
        sa.Column("attendee_status", sa.JSON(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("start", TS, nullable=True),
        sa.Column("end", TS, nullable=True),
        sa.Column("offered", sa.JSON(), nullable=False),
        sa.Column("pending_intent", sa.JSON(), nullable=True),
        sa.Column("thread_id", sa.String(998), nullable=False),
        sa.Column("last_message_id", sa.String(998), nullable=False),
        sa.Column("subject", sa.String(998), nullable=False),
        sa.Column("inbound_id", sa.Integer(), nullable=True),
        sa.Column("original_text", sa.Text(), nullable=False),
        sa.Column("followups_sent", sa.Integer(), nullable=False),
        sa.Column("proposed_at", TS, nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_scheduling_meetings"),
        sa.UniqueConstraint("uid", name="uq_scheduling_meetings_uid"),
    )
    op.create_index("ix_scheduling_meetings_thread_id", "scheduling_meetings", ["thread_id"])
    op.create_table(
        "scheduling_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("email_text", sa.Text(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_scheduling_decisions"),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["scheduling_meetings.id"],
            name="fk_scheduling_decisions_meeting_id_scheduling_meetings",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_scheduling_decisions_meeting_id", "scheduling_decisions", ["meeting_id"])
    op.create_table(
        "scheduling_corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("original_text", sa.Text(), nullable=False),
        sa.Column("understood", sa.JSON(), nullable=False),
        sa.Column("reply_text", sa.Text(), nullable=False),
        sa.Column("confirmed", sa.Boolean(), nullable=False),
        sa.Column("corrected", sa.JSON(), nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_scheduling_corrections"),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["scheduling_meetings.id"],
            name="fk_scheduling_corrections_meeting_id_scheduling_meetings",
            ondelete="SET NULL",
        ),
    )


def downgrade() -> None:
    op.drop_table("scheduling_corrections")
    op.drop_table("scheduling_decisions")
    op.drop_table("scheduling_meetings")
    op.drop_table("scheduling_events")
    op.drop_table("scheduling_calendars")
