"""change log: who changed which field of which record, when; the database's own identity

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 12:20:00
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # visit_id and record_id are plain integers, not foreign keys: the log outlives deleted records
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_by", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("table_name", sa.String(length=100), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=True),
        sa.Column("visit_id", sa.Integer(), nullable=True),
        sa.Column("field", sa.String(length=100), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("record_version", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )
    op.create_index("ix_change_log_visit_time", "change_log", ["visit_id", "changed_at"], unique=False)
    op.create_index("ix_change_log_record", "change_log", ["table_name", "record_id"], unique=False)
    info = op.create_table(
        "database_info",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_database_info")),
    )
    # made once, kept by backups and restores: calendar UIDs stay the same for this database's items
    op.bulk_insert(info, [{"key": "database_id", "value": str(uuid.uuid4())}])


def downgrade() -> None:
    op.drop_table("database_info")
    op.drop_index("ix_change_log_record", table_name="change_log")
    op.drop_index("ix_change_log_visit_time", table_name="change_log")
    op.drop_table("change_log")
