"""The conflict-events command line."""
