"""run of show and gifts: an item's cue, staging notes and officer; the gifts register of a visit

Revision ID: 0010
Revises: 0011
Create Date: 2026-12-07 04:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0011"
branch_labels = None
depends_on = None

# the run-of-show columns of an item, each empty for the items already there
ITEM_COLUMNS: tuple[tuple[str, sa.types.TypeEngine[str]], ...] = (
    ("cue", sa.Text()),
    ("staging_notes", sa.Text()),
    ("officer_name", sa.String(length=300)),
    ("officer_phone", sa.String(length=100)),
)


def upgrade() -> None:
    # new columns with an empty default and a new table: every existing row stays as it is
    with op.batch_alter_table("itinerary_items", schema=None) as batch_op:
        for name, type_ in ITEM_COLUMNS:
            batch_op.add_column(sa.Column(name, type_, server_default="", nullable=False))
    op.create_table(
        "gifts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=20), nullable=False),
        sa.Column("giver_id", sa.Integer(), nullable=True),
        sa.Column("giver_text", sa.String(length=300), nullable=False),
        sa.Column("recipient_id", sa.Integer(), nullable=True),
        sa.Column("recipient_text", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("estimated_value", sa.BigInteger(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["giver_id"],
            ["participants.id"],
            name=op.f("fk_gifts_giver_id_participants"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["itinerary_items.id"],
            name=op.f("fk_gifts_item_id_itinerary_items"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["recipient_id"],
            ["participants.id"],
            name=op.f("fk_gifts_recipient_id_participants"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visits.id"], name=op.f("fk_gifts_visit_id_visits"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gifts")),
    )
    with op.batch_alter_table("gifts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_gifts_visit_id"), ["visit_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("gifts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_gifts_visit_id"))
    op.drop_table("gifts")
    with op.batch_alter_table("itinerary_items", schema=None) as batch_op:
        for name, _type in reversed(ITEM_COLUMNS):
            batch_op.drop_column(name)
