"""names in other languages: translations of addresses, categories, organisations, the host and the stay

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 03:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# table -> the new language -> text maps (ru, kk, en) beside a name printed in documents
COLUMNS: dict[str, tuple[str, ...]] = {
    "delegations": ("home_region_i18n",),
    "visits": ("host_region_i18n", "host_organisation_i18n", "arrival_mode_i18n"),
    "participants": ("organisation_i18n",),
    "sites": ("category_i18n", "address_i18n"),
    "itinerary_items": ("location_i18n", "notes_i18n"),
}


def upgrade() -> None:
    # new columns only, each an empty map for the rows already there: every name keeps its typed value,
    # which documents in any language print until a translation is given
    for table, names in COLUMNS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name in names:
                batch_op.add_column(sa.Column(name, sa.JSON(), server_default=sa.text("'{}'"), nullable=False))


def downgrade() -> None:
    for table, names in COLUMNS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name in reversed(names):
                batch_op.drop_column(name)
