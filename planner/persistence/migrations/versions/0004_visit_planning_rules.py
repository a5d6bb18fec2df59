"""visit planning rules: the time grid, the boarding allowance, meals, arrival and departure

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07 01:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # new columns only, each with a server default: existing visits keep their data and get the
    # defaults: times on a 5-minute grid; no boarding allowance until the office sets one (with one,
    # a visit planned before could fail its check overnight)
    with op.batch_alter_table("visits", schema=None) as batch_op:
        batch_op.add_column(sa.Column("plan_grid_min", sa.Integer(), server_default="5", nullable=False))
        batch_op.add_column(sa.Column("boarding_min", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("boarding_extra_min", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("boarding_above", sa.Integer(), server_default="0", nullable=False))
    with op.batch_alter_table("visits", schema=None) as batch_op:
        # lunch for every group each day, 12:00-14:30 for 60 minutes (0: none); dinner only when set
        batch_op.add_column(sa.Column("lunch_start", sa.Time(), server_default="12:00:00", nullable=False))
        batch_op.add_column(sa.Column("lunch_end", sa.Time(), server_default="14:30:00", nullable=False))
        batch_op.add_column(sa.Column("lunch_min", sa.Integer(), server_default="60", nullable=False))
        batch_op.add_column(sa.Column("lunch_site_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("dinner_start", sa.Time(), nullable=True))
        batch_op.add_column(sa.Column("dinner_end", sa.Time(), nullable=True))
        batch_op.add_column(sa.Column("dinner_min", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("dinner_site_id", sa.Integer(), nullable=True))
        for meal in ("lunch", "dinner"):
            batch_op.create_foreign_key(
                op.f(f"fk_visits_{meal}_site_id_sites"), "sites", [f"{meal}_site_id"], ["id"], ondelete="SET NULL"
            )
    # arrival and departure of the visit, a group, a latecomer: none known until set (the planner
    # then reads them from arrival/departure items, as before nothing bound the programme)
    for table in ("visits", "groups", "participants"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for end in ("arrival", "departure"):
                batch_op.add_column(sa.Column(f"{end}_at", sa.DateTime(timezone=True), nullable=True))
                batch_op.add_column(sa.Column(f"{end}_site_id", sa.Integer(), nullable=True))
                batch_op.create_foreign_key(
                    op.f(f"fk_{table}_{end}_site_id_sites"),
                    "sites",
                    [f"{end}_site_id"],
                    ["id"],
                    ondelete="SET NULL",
                )


def downgrade() -> None:
    for table in ("participants", "groups", "visits"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for end in ("departure", "arrival"):
                batch_op.drop_constraint(op.f(f"fk_{table}_{end}_site_id_sites"), type_="foreignkey")
                batch_op.drop_column(f"{end}_site_id")
                batch_op.drop_column(f"{end}_at")
    with op.batch_alter_table("visits", schema=None) as batch_op:
        for meal in ("dinner", "lunch"):
            batch_op.drop_constraint(op.f(f"fk_visits_{meal}_site_id_sites"), type_="foreignkey")
        for name in ("dinner_site_id", "dinner_min", "dinner_end", "dinner_start"):
            batch_op.drop_column(name)
        for name in ("lunch_site_id", "lunch_min", "lunch_end", "lunch_start"):
            batch_op.drop_column(name)
        for name in ("boarding_above", "boarding_extra_min", "boarding_min", "plan_grid_min"):
            batch_op.drop_column(name)
