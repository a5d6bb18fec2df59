"""Alembic environment: migrations run on the engine handed in by ``planner.persistence.db``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

from planner.persistence.db import database_url, make_engine
from planner.persistence.tables import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        engine = make_engine(database_url(config.get_main_option("sqlalchemy.url") or None))
    with engine.connect() as connection:
        is_sqlite = connection.dialect.name == "sqlite"
        if is_sqlite:
            # batch migrations copy tables; the pragma only takes effect outside a transaction
            connection.execute(text("PRAGMA foreign_keys=OFF"))
            connection.commit()
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=is_sqlite,
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        if is_sqlite:
            connection.execute(text("PRAGMA foreign_keys=ON"))
            connection.commit()


if context.is_offline_mode():
    raise SystemExit("offline migrations are not supported; open the database with the application")
run_migrations_online()
