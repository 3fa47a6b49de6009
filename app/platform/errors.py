"""Typed errors of the platform client; every one has a stable ``code`` for the UI table."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from app.errors import ErrorCode, FieldProblems
from app.field_texts import problem_from_platform

NetworkKind = Literal["connect", "timeout", "tls", "proxy", "dropped", "other"]


class PlatformClientError(Exception):
    """Base of every error the platform client raises."""

    code: str = ErrorCode.PLATFORM_CLIENT_ERROR


class InsecureUrl(PlatformClientError):  # noqa: N818 - name fixed by the design
    """A plain ``http://`` address that is not a loopback address."""

    code = ErrorCode.INSECURE_URL

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

    @property
    def field_problems(self) -> FieldProblems:
        """For 422: field name → problem, by the code the platform sent with each field
        (``details.field_codes``, values in ``details.field_params``); a field without a
        code this version knows keeps the platform's words."""
        codes = _mapping(self.details.get("field_codes"))
        params = _mapping(self.details.get("field_params"))
        return {
            name: problem_from_platform(message, codes.get(name), params.get(name))
            for name, message in self.field_errors.items()
        }


def _mapping(value: object) -> Mapping[object, object]:
    return value if isinstance(value, Mapping) else {}


class AuthExpired(PlatformError):  # noqa: N818 - name fixed by the design
    """401: the session token is missing, expired or revoked; sign in again."""

    def __init__(
        self,
        message: str = "登入已逾時，請重新登入",
        details: Mapping[str, object] | None = None,
        server_code: str | None = None,
    ) -> None:
        super().__init__(ErrorCode.TOKEN_EXPIRED, message, details, 401)
        self.server_code = server_code


class NetworkError(PlatformClientError):
    """The platform could not be reached (connection, timeout, TLS, proxy)."""

    code = ErrorCode.NETWORK_UNREACHABLE

    def __init__(self, kind: NetworkKind, detail: str) -> None:
        super().__init__(f"{kind}: {detail}")
        self.kind: NetworkKind = kind
        self.detail = detail
        # What the person can do differs: wait (timeout), check a proxy's certificate (tls).
        self.code = _NETWORK_KIND_CODES.get(kind, ErrorCode.NETWORK_UNREACHABLE)


_NETWORK_KIND_CODES = {"timeout": ErrorCode.NETWORK_TIMEOUT, "tls": ErrorCode.TLS_ERROR}


class ProtocolError(PlatformClientError):
    """The platform's answer does not have the shape the contract promises."""

    code = ErrorCode.PROTOCOL_ERROR


class NotSignedIn(PlatformClientError):  # noqa: N818 - reads as a state, like AuthExpired
    """A call that needs a session was made before signing in."""

    code = ErrorCode.NOT_SIGNED_IN

    def __init__(self) -> None:
        super().__init__("尚未登入")


class DeadlineExceeded(NetworkError):  # noqa: N818 - reads as what happened, like AuthExpired
    """The call did not finish within its total deadline (a slow or trickling server)."""

    def __init__(self, seconds: float) -> None:
        super().__init__("timeout", f"no complete answer within {seconds:g} s")
        self.seconds = seconds


class CallCancelled(PlatformClientError):  # noqa: N818 - reads as what happened
    """The person cancelled the wait; the call was ended."""

    code = ErrorCode.CALL_CANCELLED

    def __init__(self) -> None:
        super().__init__("已取消")


class AnswerTooLarge(ProtocolError):  # noqa: N818 - reads as what happened
    """The answer is larger than any answer of the contract can be."""

    code = ErrorCode.ANSWER_TOO_LARGE

    def __init__(self, limit: int) -> None:
        super().__init__(f"the answer is larger than {limit} bytes")
        self.limit = limit


class AnswerTooDeep(ProtocolError):  # noqa: N818 - reads as what happened
    """The JSON answer is nested deeper than any answer of the contract."""

    code = ErrorCode.ANSWER_TOO_DEEP

    def __init__(self, limit: int) -> None:
        super().__init__(f"the JSON answer is nested deeper than {limit} levels")
        self.limit = limit


class RedirectRefused(ProtocolError):  # noqa: N818 - reads as what happened
    """The answer redirects to another origin, or from https to http: not followed."""

    code = ErrorCode.REDIRECT_REFUSED

    def __init__(self, origin: str, target: str) -> None:
        super().__init__(f"redirect from {origin} to {target} not followed")
        self.origin = origin
        self.target = target


class ImplausibleValue(ProtocolError):  # noqa: N818 - reads as what happened
    """A number in the answer cannot be right (negative points, an astronomical price)."""

    code = ErrorCode.IMPLAUSIBLE_VALUE

    def __init__(self, where: str, value: int) -> None:
        super().__init__(f"{where}: implausible value {value}")
        self.where = where
        self.value = value


class CaFileError(PlatformClientError):
    """The ``--ca-file`` cannot be used (unreadable, not certificates, not a CA)."""

    code = ErrorCode.CA_FILE_INVALID

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"--ca-file {path}: {reason}")
        self.path = path
        self.reason = reason
