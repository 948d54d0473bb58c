"""conflict_events.validation."""
