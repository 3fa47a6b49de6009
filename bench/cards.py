"""Card login through pcscd/vpcd vs the bare APDU loop, from ``bench/cards_bench.py``.

That module belongs to the card layer; its ``run()`` is called as it is and whatever it
returns (a mapping or a dataclass) is reported. Without it, or without the PC/SC stack,
the reason is reported instead of a number.
"""

from __future__ import annotations

import dataclasses
import importlib
from typing import Any


def _as_dict(result: Any) -> dict[str, Any]:
    if dataclasses.is_dataclass(result) and not isinstance(result, type):
        return dataclasses.asdict(result)
    if isinstance(result, dict):
        return dict(result)
    raise TypeError(f"cards_bench.run() returned {type(result).__name__}, not a mapping")


def measure_cards() -> dict[str, Any] | str:
    """The card benchmark's result, or ``"not measured: …"``."""
    try:
        module = importlib.import_module("bench.cards_bench")
    except ImportError as exc:
        return f"not measured: bench/cards_bench.py cannot be imported ({exc})"
    try:
        return _as_dict(module.run())
    # Any failure of someone else's benchmark is reported in results.md, not raised.
    except Exception as exc:
        return f"not measured: cards_bench.run() failed: {type(exc).__name__}: {exc}"
