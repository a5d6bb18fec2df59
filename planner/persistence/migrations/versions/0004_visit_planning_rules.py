"""visit planning rules: the time grid of planned times

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
    # protocol office's defaults (times on a 5-minute grid)
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.add_column(sa.Column("plan_grid_min", sa.Integer(), server_default="5", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.drop_column("plan_grid_min")
