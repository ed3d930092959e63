"""transcription: meetings and their finished chunks

Revision ID: transcription_0001
Revises:
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "transcription_0001"
down_revision = None
branch_labels = ("transcription",)
depends_on = "core_0001"

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "transcription_meetings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("progress", sa.Float(), nullable=False),
        sa.Column("progress_note", sa.Text(), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("filename", sa.String(255), nullable=False),
        sa.Column("audio_path", sa.Text(), nullable=False),
        sa.Column("owner_email", sa.String(320), nullable=False),
        sa.Column("attendees", sa.JSON(), nullable=False),
        sa.Column("thread_id", sa.String(998), nullable=False),
        sa.Column("reply_to_message_id", sa.String(998), nullable=False),
        sa.Column("inbound_id", sa.Integer(), nullable=True),
        sa.Column("meeting_date", TS, nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("duration", sa.Float(), nullable=False),
        sa.Column("model", sa.String(40), nullable=False),
        sa.Column("engine", sa.String(40), nullable=False),
        sa.Column("transcript", sa.JSON(), nullable=True),
        sa.Column("notes", sa.JSON(), nullable=True),
        sa.Column("speaker_names", sa.JSON(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.Column("finished_at", TS, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_transcription_meetings"),
    )
    op.create_table(
        "transcription_chunks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("chunk_index", sa.Integer(), nullable=False),
        sa.Column("start_s", sa.Float(), nullable=False),
        sa.Column("end_s", sa.Float(), nullable=False),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_transcription_chunks"),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["transcription_meetings.id"],
            name="fk_transcription_chunks_meeting_id_transcription_meetings",
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint("meeting_id", "chunk_index", name="uq_transcription_chunks_meeting_id"),
    )


def downgrade() -> None:
    op.drop_table("transcription_chunks")
    op.drop_table("transcription_meetings")
