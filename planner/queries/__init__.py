"""Read models: frozen rows for lists, tables and documents (never live ORM objects)."""
