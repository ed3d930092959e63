"""screening: jobs, job versions, candidate sessions, messages, audit, self-identification

Revision ID: screening_0001
Revises:
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "screening_0001"
down_revision = None
branch_labels = ("screening",)
depends_on = "core_0001"

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "screening_jobs",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("current_version", sa.Integer(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_screening_jobs"),
    )
    op.create_table(
        "screening_job_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("job_id", sa.String(64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("spec", sa.JSON(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(320), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_screening_job_versions"),
        sa.ForeignKeyConstraint(
            ["job_id"],
            ["screening_jobs.id"],
            name="fk_screening_job_versions_job_id_screening_jobs",
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint("job_id", "version", name="uq_screening_job_versions_job_id"),
    )
    op.create_table(
        "screening_sessions",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("job_id", sa.String(64), nullable=False),
        sa.Column("job_version_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("email", sa.String(320), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("decision", sa.String(20), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("knockout", sa.String(40), nullable=True),
        sa.Column("state", sa.JSON(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_screening_sessions"),
        sa.ForeignKeyConstraint(
            ["job_id"],
            ["screening_jobs.id"],
            name="fk_screening_sessions_job_id_screening_jobs",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["job_version_id"],
            ["screening_job_versions.id"],
            name="fk_screening_sessions_job_version_id_screening_job_versions",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_screening_sessions_job", "screening_sessions", ["job_id", "status"])
    op.create_table(
        "screening_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.String(64), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_screening_messages"),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["screening_sessions.id"],
            name="fk_screening_messages_session_id_screening_sessions",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_screening_messages_session_id", "screening_messages", ["session_id"])
    op.create_table(
        "screening_audit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("job_id", sa.String(64), nullable=False),
        sa.Column("session_id", sa.String(64), nullable=True),
        sa.Column("actor", sa.String(320), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_screening_audit"),
    )
    op.create_index("ix_screening_audit_job_id", "screening_audit", ["job_id"])
    op.create_table(
        "screening_self_id",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.String(64), nullable=False),
        sa.Column("sex", sa.String(40), nullable=False),
        sa.Column("race_ethnicity", sa.String(80), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_screening_self_id"),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["screening_sessions.id"],
            name="fk_screening_self_id_session_id_screening_sessions",
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint("session_id", name="uq_screening_self_id_session_id"),
    )


def downgrade() -> None:
    op.drop_table("screening_self_id")
    op.drop_index("ix_screening_audit_job_id", table_name="screening_audit")
    op.drop_table("screening_audit")
    op.drop_index("ix_screening_messages_session_id", table_name="screening_messages")
    op.drop_table("screening_messages")
    op.drop_index("ix_screening_sessions_job", table_name="screening_sessions")
    op.drop_table("screening_sessions")
    op.drop_table("screening_job_versions")
    op.drop_table("screening_jobs")
