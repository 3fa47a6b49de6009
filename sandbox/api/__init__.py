"""HTTP routes of the reference platform."""
