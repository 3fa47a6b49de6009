"""The training panel of the embedded training platform."""
