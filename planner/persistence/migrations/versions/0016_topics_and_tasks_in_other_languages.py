"""topics and tasks in other languages: a meeting outcome's topic and an action item's task in ru, kk and en

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07 19:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # new columns only, an empty map for every outcome and action item already there: each keeps its typed
    # topic and task, which the Meetings and Follow-up pages and the documents show in any language until
    # a translation is given
    with op.batch_alter_table("outcomes", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("topic_i18n", sa.JSON(), server_default=sa.text("'{}'"), nullable=False)
        )
    with op.batch_alter_table("action_items", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("description_i18n", sa.JSON(), server_default=sa.text("'{}'"), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("action_items", schema=None) as batch_op:
        batch_op.drop_column("description_i18n")
    with op.batch_alter_table("outcomes", schema=None) as batch_op:
        batch_op.drop_column("topic_i18n")
