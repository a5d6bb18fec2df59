"""Persistence: the database engine, typed tables, Alembic migrations and the unit of work."""
