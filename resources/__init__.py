"""Data files shipped with the client: calendar overrides, industry list, help, translations."""
