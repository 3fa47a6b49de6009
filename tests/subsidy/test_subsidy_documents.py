"""The canonical documents both sides sign and check."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.subsidy import canonical_json, request_document, texts_sha256
from app.subsidy._data import read_resource


def test_canonical_json_is_sorted_compact_utf8() -> None:
    assert canonical_json({"b": 1, "a": "臺灣", "c": [1, {"z": 0, "y": None}]}) == (
        '{"a":"臺灣","b":1,"c":[1,{"y":null,"z":0}]}'.encode()
    )


def test_request_document_adds_action_and_ubn_which_the_body_cannot_override() -> None:
    document = request_document({"ubn": "99999999", "personal_data": True}, "consents", "16480894")
    assert json.loads(document) == {
        "action": "consents",
        "personal_data": True,
        "ubn": "16480894",
    }


@pytest.mark.parametrize(
    ("action", "ubn"), [("", "16480894"), ("consents", "1648089"), ("x", "abcdefgh")]
)
def test_request_document_refuses_nonsense(action: str, ubn: str) -> None:
    with pytest.raises(ValueError, match="must"):
        request_document({}, action, ubn)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner),
    max_leaves=20,
)


@given(st.dictionaries(st.text(), json_values))
def test_canonical_json_round_trips_and_ignores_key_order(value: dict[str, object]) -> None:
    encoded = canonical_json(value)
    assert json.loads(encoded) == value
    assert canonical_json(dict(reversed(list(value.items())))) == encoded


def test_request_document_needs_the_endpoint_and_a_ubn() -> None:
    with pytest.raises(ValueError, match=r"^action must name the endpoint, e\.g\. 'consents'$"):
        request_document({}, "", "12345678")
    with pytest.raises(ValueError, match=r"^ubn must be 8 digits, got '1234'$"):
        request_document({}, "consents", "1234")


def test_texts_sha256_is_the_digest_of_the_canonical_texts() -> None:
    """The signed consent carries this digest of exactly the wording shown."""
    texts = {"v": 1, "consent": "同意"}
    canonical = '{"consent":"同意","v":1}'.encode()
    assert texts_sha256(texts) == hashlib.sha256(canonical).hexdigest()
    assert texts_sha256(texts) == "b32bbf01562adf6e94aa5e14286f75c16373a1279ffc2f4fd1d5915a8fa472b6"


def test_resources_are_read_as_utf8_whatever_the_locale() -> None:
    """On Windows the locale's encoding is cp950: the rules' data files must not use it.
    Python reports a read that relies on the locale (EncodingWarning, made an error here)."""
    assert "補助" in read_resource("programmes.json")
    code = "from app.subsidy._data import read_resource; read_resource('programmes.json')"
    done = subprocess.run(
        [sys.executable, "-X", "warn_default_encoding", "-W", "error::EncodingWarning", "-c", code],
        cwd=Path(__file__).resolve().parents[2],  # the project (or mutation testing's copy)
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
