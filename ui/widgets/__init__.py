"""Reusable widgets: QR codes, score charts, fields with their own error line."""
