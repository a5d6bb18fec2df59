"""Qt table models over frozen query rows (never live ORM objects)."""
