"""Benchmarks of the desktop client against bare PySide6 references (``python -m bench``)."""
