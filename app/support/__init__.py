"""Helpdesk and shared-PC support: logging, redaction, diagnostics, support bundle, kiosk."""
