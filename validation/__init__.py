"""conflict_events.validation: the codebook's rules over an events table, every failure as data.

Public API: `validate_events`, `ValidationResult`, `rejects_table`, `normalise_export`, `Rule`.
"""

from .exports import normalise_export
from .rules import Rule
from .validate import ValidationResult, rejects_table, validate_events

__all__ = ["Rule", "ValidationResult", "normalise_export", "rejects_table", "validate_events"]
