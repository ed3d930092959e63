"""mail: inbound messages, outbox, bouncing addresses

Revision ID: mail_0001
Revises:
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "mail_0001"
down_revision = None
branch_labels = ("mail",)
depends_on = "core_0001"

TS = sa.DateTime(timezone=True)
ID = sa.String(998)


def upgrade() -> None:
    op.create_table(
        "mail_inbound",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", ID, nullable=False),
        sa.Column("raw_path", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("mail_from", sa.String(320), nullable=False),
        sa.Column("rcpt_to", sa.JSON(), nullable=False),
        sa.Column("peer", sa.String(200), nullable=False),
        sa.Column("received_at", TS, nullable=False),
        sa.Column("in_reply_to", ID, nullable=False),
        sa.Column("references", sa.JSON(), nullable=False),
        sa.Column("thread_id", ID, nullable=False),
        sa.Column("sender", sa.String(320), nullable=False),
        sa.Column("sender_name", sa.String(320), nullable=False),
        sa.Column("to_addrs", sa.JSON(), nullable=False),
        sa.Column("cc_addrs", sa.JSON(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("date", TS, nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("full_text", sa.Text(), nullable=False),
        sa.Column("attachments", sa.JSON(), nullable=False),
        sa.Column("calendar_parts", sa.JSON(), nullable=False),
        sa.Column("auto_submitted", sa.Boolean(), nullable=False),
        sa.Column("parsed", sa.Boolean(), nullable=False),
        sa.Column("trusted", sa.Boolean(), nullable=False),
        sa.Column("on_known_thread", sa.Boolean(), nullable=False),
        sa.Column("dkim", sa.String(20), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("route", sa.String(40), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("handled_at", TS, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_mail_inbound"),
        sa.UniqueConstraint("message_id", name="uq_mail_inbound_message_id"),
    )
    op.create_index("ix_mail_inbound_thread_id", "mail_inbound", ["thread_id"])
    op.create_index("ix_mail_inbound_state", "mail_inbound", ["state"])
    op.create_table(
        "mail_outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", ID, nullable=False),
        sa.Column("thread_id", ID, nullable=False),
        sa.Column("in_reply_to", ID, nullable=False),
        sa.Column("mail_from", sa.String(320), nullable=False),
        sa.Column("purpose", sa.String(40), nullable=False),
        sa.Column("recipients", sa.JSON(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("headers", sa.JSON(), nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("sent_at", TS, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_mail_outbox"),
        sa.UniqueConstraint("message_id", name="uq_mail_outbox_message_id"),
    )
    op.create_index("ix_mail_outbox_thread_id", "mail_outbox", ["thread_id"])
    op.create_index("ix_mail_outbox_state", "mail_outbox", ["state"])
    op.create_table(
        "mail_bouncing",
        sa.Column("address", sa.String(320), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("diagnostic", sa.Text(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("inbound_id", sa.Integer(), nullable=True),
        sa.Column("first_at", TS, nullable=False),
        sa.Column("last_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("address", name="pk_mail_bouncing"),
        sa.ForeignKeyConstraint(
            ["inbound_id"],
            ["mail_inbound.id"],
            name="fk_mail_bouncing_inbound_id_mail_inbound",
            ondelete="SET NULL",
        ),
    )


def downgrade() -> None:
    op.drop_table("mail_bouncing")
    op.drop_index("ix_mail_outbox_state", table_name="mail_outbox")
    op.drop_index("ix_mail_outbox_thread_id", table_name="mail_outbox")
    op.drop_table("mail_outbox")
    op.drop_index("ix_mail_inbound_state", table_name="mail_inbound")
    op.drop_index("ix_mail_inbound_thread_id", table_name="mail_inbound")
    op.drop_table("mail_inbound")
