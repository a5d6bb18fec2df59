"""arrivals and departures by person: how (flight, train, car, other), the number, who meets them

Revision ID: 0009
Revises: 0010
Create Date: 2026-12-07 03:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0010"
branch_labels = None
depends_on = None

TEXTS: tuple[tuple[str, int], ...] = (("mode", 10), ("number", 50), ("meeter", 300))


def upgrade() -> None:
    # new columns only: every person keeps their data; the mode, number and meeter are empty (not known)
    with op.batch_alter_table("participants", schema=None) as batch_op:
        for end in ("arrival", "departure"):
            for name, length in TEXTS:
                batch_op.add_column(
                    sa.Column(f"{end}_{name}", sa.String(length), server_default="", nullable=False)
                )
            batch_op.add_column(sa.Column(f"{end}_meeter_id", sa.Integer(), nullable=True))
            batch_op.create_foreign_key(
                op.f(f"fk_participants_{end}_meeter_id_participants"),
                "participants",
                [f"{end}_meeter_id"],
                ["id"],
                ondelete="SET NULL",
            )


def downgrade() -> None:
    with op.batch_alter_table("participants", schema=None) as batch_op:
        for end in ("departure", "arrival"):
            batch_op.drop_constraint(op.f(f"fk_participants_{end}_meeter_id_participants"), type_="foreignkey")
            batch_op.drop_column(f"{end}_meeter_id")
            for name, _length in reversed(TEXTS):
                batch_op.drop_column(f"{end}_{name}")
