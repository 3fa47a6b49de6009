"""Test keys of the sandbox hierarchy (data only)."""
