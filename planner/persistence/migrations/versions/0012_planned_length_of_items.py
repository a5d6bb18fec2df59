"""planned length of items: the length before a repair first shortened an item

Revision ID: 0012
Revises: 0009
Create Date: 2026-12-07 06:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a new nullable column only: every item keeps its data; None means "never shortened by a repair",
    # so a repair's minimum counts from the item's own length, as before
    with op.batch_alter_table("itinerary_items", schema=None) as batch_op:
        batch_op.add_column(sa.Column("planned_minutes", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("itinerary_items", schema=None) as batch_op:
        batch_op.drop_column("planned_minutes")
