"""programme versions: each committed change of a visit's programme raises its version; the items that
changed are kept per version, so what changed for whom since any version can be told

Revision ID: 0011
Revises: 0008
Create Date: 2026-12-07 04:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "programme_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visits.id"],
            name=op.f("fk_programme_versions_visit_id_visits"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_versions")),
        sa.UniqueConstraint("visit_id", "version", name=op.f("uq_programme_versions_one_per_visit")),
    )
    op.create_table(
        "programme_item_states",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visits.id"],
            name=op.f("fk_programme_item_states_visit_id_visits"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_item_states")),
    )
    with op.batch_alter_table("programme_item_states", schema=None) as batch_op:
        batch_op.create_index(
            "ix_programme_item_states_visit_item", ["visit_id", "item_id", "version"], unique=False
        )
    # every visit already there starts at version 1: its programme as it stands
    from planner.persistence.programme_versions import record_baseline

    record_baseline(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("programme_item_states", schema=None) as batch_op:
        batch_op.drop_index("ix_programme_item_states_visit_item")
    op.drop_table("programme_item_states")
    op.drop_table("programme_versions")
