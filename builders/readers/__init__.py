"""Readers: files in, Article or ReadFailure records out."""
