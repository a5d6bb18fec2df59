"""visit planning rules: the time grid of planned times, the boarding allowance

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07 01:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # new columns only, each with a server default: existing visits keep their data and get the
    # defaults: times on a 5-minute grid; no boarding allowance until the office sets one (with one,
    # a visit planned before could fail its check overnight)
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.add_column(sa.Column("plan_grid_min", sa.Integer(), server_default="5", nullable=False))
        batch_op.add_column(sa.Column("boarding_min", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("boarding_extra_min", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("boarding_above", sa.Integer(), server_default="0", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("visits", schema=None) as batch_op:
        for name in ("boarding_above", "boarding_extra_min", "boarding_min", "plan_grid_min"):
            batch_op.drop_column(name)
