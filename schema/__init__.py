"""The single source of truth: ACLED taxonomy, columns, country table, and the derived schemas."""
