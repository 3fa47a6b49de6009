"""Package names imported from their submodule on first use (PEP 562).

A package that re-exports its submodules' names would otherwise import every submodule,
and their libraries, as soon as any one of them is imported.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping


def lazy_exports(package: str, exports: Mapping[str, tuple[str, ...]]) -> Callable[[str], object]:
    """The module ``__getattr__`` of ``package``: each name of ``exports`` (submodule →
    names) is imported from its submodule when first asked for, then kept."""
    sources = {name: module for module, names in exports.items() for name in names}
    namespace = sys.modules[package].__dict__

    def __getattr__(name: str) -> object:  # noqa: N807 - the module hook of PEP 562
        source = sources.get(name)
        if source is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f".{source}", package), name)
        namespace[name] = value
        return value

    return __getattr__
