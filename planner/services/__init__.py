"""Use cases: verbs that take a unit of work, change the database in one transaction, return what changed."""
