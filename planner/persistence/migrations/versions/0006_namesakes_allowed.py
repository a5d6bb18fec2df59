"""namesakes: two participants of a visit may share a full name (people are told apart by their id)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 03:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite copies the table in batch mode: every row stays, only the constraint goes
    with op.batch_alter_table("participants", schema=None) as batch_op:
        batch_op.drop_constraint("one_name_per_visit", type_="unique")


def downgrade() -> None:
    # the old rule comes back only where it holds: a visit with namesakes cannot go back to 0005
    from sqlalchemy import text

    clash = (
        op.get_bind()
        .execute(
            text(
                "SELECT visit_id, full_name FROM participants"
                " GROUP BY visit_id, full_name HAVING count(*) > 1 LIMIT 1"
            )
        )
        .first()
    )
    if clash is not None:
        raise RuntimeError(
            f"visit {clash[0]} has two participants named {clash[1]!r}; rename one before downgrading"
        )
    with op.batch_alter_table("participants", schema=None) as batch_op:
        batch_op.create_unique_constraint("one_name_per_visit", ["visit_id", "full_name"])
