"""Property-based requests generated from the platform's OpenAPI: never a server error."""

from __future__ import annotations

from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from sandbox.embedded import EmbeddedPlatform

# Clock, reset and fault injection change the platform for every later request.
EXCLUDED = r"/_sandbox/(faults|reset|clock)"
# No server errors, and every answer as documented: status, content type and body schema.
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


@pytest.fixture(scope="session")
def member_token(platform: EmbeddedPlatform) -> str:
    response = requests.post(
        f"{platform.base_url}/_sandbox/scenarios",
        json={"name": "member_with_points", "applicant_type": "cooperative"},
        timeout=30,
    )
    response.raise_for_status()
    return str(response.json()["token"])


@pytest.fixture(scope="session")
def live_schema(platform: EmbeddedPlatform) -> Any:
    schema = schemathesis.openapi.from_url(f"{platform.base_url}/openapi.json")
    return schema.exclude(path_regex=EXCLUDED)


def test_no_server_errors(live_schema: Any, member_token: str) -> None:
    """Every operation, a bounded number of generated requests each (schemathesis' pytest
    plugin does not run on pytest 9, so the operations are driven through hypothesis)."""
    headers = {"Authorization": f"Bearer {member_token}"}
    operations = [result.ok() for result in live_schema.get_all_operations()]
    assert len(operations) >= 30
    calls: list[str] = []

    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=25,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
            database=None,
        )
        def run(case: Any) -> None:
            calls.append(case.operation.label)
            case.call_and_validate(
                headers=headers,
                checks=CHECKS,
                timeout=30,
            )

        run()

    # Every operation was really exercised.
    assert {op.label for op in operations} <= set(calls)
