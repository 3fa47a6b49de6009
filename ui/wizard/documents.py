"""The bytes a person signs for a consent or an authorisation (platform-api.md).

For consents and authorisations the signed document is canonical JSON (UTF-8, sorted
keys, no spaces) of the request's fields plus ``action`` (the endpoint's last path
segment) and ``ubn``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping


def canonical_json(value: Mapping[str, object]) -> bytes:
    """UTF-8 JSON with sorted keys and no insignificant white space."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode(
        "utf-8"
    )


def signed_request_document(fields: Mapping[str, object], action: str, ubn: str) -> bytes:
    """What is signed for ``POST /application/{action}`` with ``fields``."""
    return canonical_json({**fields, "action": action, "ubn": ubn})
