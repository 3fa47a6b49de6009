"""Reading the data files the rules use from the project's ``resources/`` folder."""

from __future__ import annotations

from pathlib import Path

# app/subsidy/_data.py → project root; resources/ is a plain folder (no package).
RESOURCES_DIR = Path(__file__).resolve().parents[2] / "resources"


def read_resource(*parts: str) -> str:
    """Text of ``resources/<parts…>`` (UTF-8)."""
    return RESOURCES_DIR.joinpath(*parts).read_text(encoding="utf-8")
