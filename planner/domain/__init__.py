"""Domain vocabulary of a delegation visit: kinds, statuses, errors and value helpers (no database)."""
