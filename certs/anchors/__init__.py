"""Production trust anchors (data only)."""
