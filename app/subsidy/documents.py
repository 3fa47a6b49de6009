"""What a signature covers: the platform contract's canonical documents.

Both sides build the bytes here, so the document the person signs and the document the
platform checks can never drift apart.
"""

from __future__ import annotations

import json
from collections.abc import Mapping


def canonical_json(value: object) -> bytes:
    """Canonical JSON of the contract: UTF-8, sorted keys, separators ``,`` and ``:``."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode(
        "utf-8"
    )


def request_document(fields: Mapping[str, object], action: str, ubn: str) -> bytes:
    """The document of a consent or authorisation: the body's fields, ``action`` and ``ubn``.

    ``action`` is the endpoint's last path segment (``consents``, ``authorizations``).
    Fields named ``action`` or ``ubn`` in the body cannot override the two added ones.
    """
    if not action:
        raise ValueError("action must name the endpoint, e.g. 'consents'")
    if not (len(ubn) == 8 and ubn.isdigit()):
        raise ValueError(f"ubn must be 8 digits, got {ubn!r}")
    return canonical_json({**fields, "action": action, "ubn": ubn})


def texts_sha256(texts: Mapping[str, object]) -> str:
    """Hex SHA-256 of the canonical JSON of consent ``texts`` (``GET /application/texts``).

    The signed consent carries this digest, so the signature binds the exact wording the
    person was shown (issue 12: consent texts bound to the signature).
    """
    # hashlib loads OpenSSL (≈ 3.6 MiB): on first use, not with the UBN page that imports this.
    import hashlib

    return hashlib.sha256(canonical_json(dict(texts))).hexdigest()
