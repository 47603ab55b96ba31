"""Integrations with other tools (optional extras)."""
