"""Typed errors of the platform client; every one has a stable ``code`` for the UI table."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

NetworkKind = Literal["connect", "timeout", "tls", "proxy", "dropped", "other"]


class PlatformClientError(Exception):
    """Base of every error the platform client raises."""

    code: str = "PLATFORM_CLIENT_ERROR"


class InsecureUrl(PlatformClientError):  # noqa: N818 - name fixed by the design
    """A plain ``http://`` address that is not a loopback address."""

    code = "INSECURE_URL"

    def __init__(self, url: str) -> None:
        super().__init__(f"平台位址必須使用 https（僅本機可用 http）：{url}")
        self.url = url


class PlatformError(PlatformClientError):
    """The platform answered with an error body ``{"error": {code, message, details}}``."""

    def __init__(
        self,
        code: str,
        message: str,
        details: Mapping[str, object] | None = None,
        status: int = 0,
    ) -> None:
        super().__init__(f"{code} ({status}): {message}")
        self.code = code
        self.message = message
        self.details: dict[str, object] = dict(details or {})
        self.status = status

    @property
    def field_errors(self) -> dict[str, str]:
        """For 422: field name → zh-TW message (``details.fields``)."""
        fields = self.details.get("fields")
        if not isinstance(fields, Mapping):
            return {}
        return {str(k): str(v) for k, v in fields.items()}


class AuthExpired(PlatformError):  # noqa: N818 - name fixed by the design
    """401: the session token is missing, expired or revoked; sign in again."""

    def __init__(
        self,
        message: str = "登入已逾時，請重新登入",
        details: Mapping[str, object] | None = None,
        server_code: str | None = None,
    ) -> None:
        super().__init__("AUTH_EXPIRED", message, details, 401)
        self.server_code = server_code


class NetworkError(PlatformClientError):
    """The platform could not be reached (connection, timeout, TLS, proxy)."""

    code = "NETWORK_ERROR"

    def __init__(self, kind: NetworkKind, detail: str) -> None:
        super().__init__(f"{kind}: {detail}")
        self.kind: NetworkKind = kind
        self.detail = detail


class ProtocolError(PlatformClientError):
    """The platform's answer does not have the shape the contract promises."""

    code = "PROTOCOL_ERROR"


class NotSignedIn(PlatformClientError):  # noqa: N818 - reads as a state, like AuthExpired
    """A call that needs a session was made before signing in."""

    code = "NOT_SIGNED_IN"

    def __init__(self) -> None:
        super().__init__("尚未登入")
