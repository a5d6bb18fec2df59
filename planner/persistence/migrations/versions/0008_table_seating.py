"""table seating: who sits where at the table of a meeting or meal item

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 04:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a new table only: every existing row stays as it is
    op.create_table(
        "table_seats",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("layout", sa.String(length=10), nullable=False),
        sa.Column("table_no", sa.Integer(), nullable=False),
        sa.Column("seat_no", sa.Integer(), nullable=False),
        sa.Column("seats", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint("layout IN ('rect', 'round')", name=op.f("ck_table_seats_layout_known")),
        sa.CheckConstraint("table_no >= 1 AND seat_no >= 1", name=op.f("ck_table_seats_numbers_positive")),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["itinerary_items.id"],
            name=op.f("fk_table_seats_item_id_itinerary_items"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_table_seats_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_table_seats")),
        sa.UniqueConstraint("item_id", "table_no", "seat_no", name="one_person_per_seat"),
    )
    with op.batch_alter_table("table_seats", schema=None) as batch_op:
        batch_op.create_index("ix_table_seats_participant", ["participant_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("table_seats", schema=None) as batch_op:
        batch_op.drop_index("ix_table_seats_participant")
    op.drop_table("table_seats")
