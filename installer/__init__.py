"""Packaging of the desktop client: PyInstaller bundle, Windows installer, smoke test."""
