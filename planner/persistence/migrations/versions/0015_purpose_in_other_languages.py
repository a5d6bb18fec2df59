"""purpose in other languages: the visit's purpose in ru, kk and en

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-09 03:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a new column only, an empty map for every visit already there: each keeps its typed purpose, which
    # the Overview and the documents show in any language until a translation is given
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("purpose_i18n", sa.JSON(), server_default=sa.text("'{}'"), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.drop_column("purpose_i18n")
