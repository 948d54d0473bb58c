"""conflict_events.builders."""
