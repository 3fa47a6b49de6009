"""The texts an applicant agrees to, version-stamped and hashed (``GET /application/texts``).

The wording is the platform's content (``application_texts.json``, from seed 002 and the
seed 004 註3 list in ``app.subsidy.CLOUD_ERA_PROGRAMMES``); its digest is
``app.subsidy.texts_sha256``, so a signed consent names the exact texts it agreed to.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from app.subsidy import CLOUD_ERA_PROGRAMMES, texts_sha256

_FILE = Path(__file__).with_name("application_texts.json")


@cache
def current() -> dict[str, Any]:
    """Body of ``GET /application/texts``: ``{"version", "sha256", "texts"}``."""
    raw = json.loads(_FILE.read_text(encoding="utf-8"))
    texts: dict[str, Any] = raw["texts"]
    texts["industry_declaration"]["programmes"] = list(CLOUD_ERA_PROGRAMMES)
    return {"version": str(raw["version"]), "sha256": texts_sha256(texts), "texts": texts}


def is_current(version: str, sha256: str) -> bool:
    """True when a signed ``text_version`` and ``text_sha256`` name the texts in force."""
    served = current()
    return bool(version == served["version"] and sha256.lower() == served["sha256"])
