"""sites still to place: a visit's list of sites to see with no time yet, and the groups that may go

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 01:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # new tables only: every existing row stays as it is
    op.create_table(
        "sites_to_place",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("duration_min", sa.Integer(), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint("duration_min > 0", name=op.f("ck_sites_to_place_duration_positive")),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name=op.f("fk_sites_to_place_site_id_sites"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visits.id"], name=op.f("fk_sites_to_place_visit_id_visits"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sites_to_place")),
    )
    with op.batch_alter_table("sites_to_place", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sites_to_place_site_id"), ["site_id"], unique=False)
        batch_op.create_index("ix_sites_to_place_visit", ["visit_id", "position"], unique=False)
    op.create_table(
        "to_place_groups",
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["sites_to_place.id"],
            name=op.f("fk_to_place_groups_entry_id_sites_to_place"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["group_id"], ["groups.id"], name=op.f("fk_to_place_groups_group_id_groups"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("entry_id", "group_id", name=op.f("pk_to_place_groups")),
    )
    with op.batch_alter_table("to_place_groups", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_to_place_groups_group_id"), ["group_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("to_place_groups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_to_place_groups_group_id"))
    op.drop_table("to_place_groups")
    with op.batch_alter_table("sites_to_place", schema=None) as batch_op:
        batch_op.drop_index("ix_sites_to_place_visit")
        batch_op.drop_index(batch_op.f("ix_sites_to_place_site_id"))
    op.drop_table("sites_to_place")
