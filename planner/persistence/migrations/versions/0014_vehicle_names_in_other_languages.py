"""vehicle names in other languages: each car's label, its driver's name and its notes in ru, kk, en

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-08 03:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

# the language -> text maps beside a car's names that the transport plan, the motorcade manifest, the
# placards, the personal itineraries and the notices print
COLUMNS = ("label_i18n", "driver_name_i18n", "notes_i18n")


def upgrade() -> None:
    # new columns only, an empty map for every car already there: each keeps its typed label, driver
    # and notes, which documents in any language print until a translation is given
    with op.batch_alter_table("vehicles", schema=None) as batch_op:
        for name in COLUMNS:
            batch_op.add_column(sa.Column(name, sa.JSON(), server_default=sa.text("'{}'"), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("vehicles", schema=None) as batch_op:
        for name in reversed(COLUMNS):
            batch_op.drop_column(name)
