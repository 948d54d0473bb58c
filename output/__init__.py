"""conflict_events.output."""
