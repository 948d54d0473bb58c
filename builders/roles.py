"""Kept for older imports: roles live in `actors_roles.py`; import them from `actors`."""

from __future__ import annotations

from .actors_roles import Roles, assign_roles

__all__ = ["Roles", "assign_roles"]
