"""motorcade position: each vehicle's place in the column, set by the officer

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 06:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("vehicles", schema=None) as batch_op:
        batch_op.add_column(sa.Column("motorcade_position", sa.Integer(), nullable=True))
    # existing cars keep the column they had (the order they were entered, by id), so nothing printed
    # changes: each car's position is its number within its visit
    op.execute(
        "UPDATE vehicles SET motorcade_position = ("
        "SELECT count(*) FROM vehicles AS other"
        " WHERE other.visit_id = vehicles.visit_id AND other.id <= vehicles.id)"
    )


def downgrade() -> None:
    with op.batch_alter_table("vehicles", schema=None) as batch_op:
        batch_op.drop_column("motorcade_position")
