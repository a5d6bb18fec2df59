"""Exchange with the outside: the visit file, CSV/XLSX import and lists, calendars, backups."""
