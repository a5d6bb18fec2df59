"""meetings in other languages: a meeting's agenda and minutes, an action item's owner typed as text and a
signed document's notes in ru, kk and en

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07 23:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

# table -> the translation maps it gains
NEW_COLUMNS: dict[str, tuple[str, ...]] = {
    "meetings": ("agenda_i18n", "minutes_i18n"),
    "action_items": ("owner_text_i18n",),
    "signed_documents": ("notes_i18n",),
}


def upgrade() -> None:
    # new columns only, an empty map for every row already there: each meeting, task and document keeps
    # its typed texts, which the documents print in any language until a translation is given
    for table, columns in NEW_COLUMNS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in columns:
                batch_op.add_column(
                    sa.Column(column, sa.JSON(), server_default=sa.text("'{}'"), nullable=False)
                )


def downgrade() -> None:
    for table, columns in reversed(NEW_COLUMNS.items()):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in reversed(columns):
                batch_op.drop_column(column)
