"""signed documents in other languages: a document's place, partner region and parties, a signatory's title
and party, a commitment's area and responsible party in ru, kk and en

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07 22:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

# table -> the translation maps it gains
NEW_COLUMNS: dict[str, tuple[str, ...]] = {
    "signed_documents": ("place_i18n", "partner_region_i18n", "parties_i18n"),
    "signatories": ("title_i18n", "party_i18n"),
    "commitments": ("area_i18n", "responsible_i18n"),
}


def upgrade() -> None:
    # new columns only, an empty map for every row already there: each document, signatory and commitment
    # keeps its typed texts, which the documents print in any language until a translation is given
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
