"""Checking signature blocks and certificate logins against the sandbox test PKI."""

from __future__ import annotations

import base64
import binascii
import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from cryptography import x509
from sqlalchemy import select

from app.errors import ErrorCode
from app.subsidy import (
    VerificationMethod,
    allowed_methods,
    certificate_identity_mismatch,
)
from certs.errors import (
    CertExpired,
    CertificateError,
    CertificateParseError,
    CertNotYetValid,
    CertRevoked,
    CertUntrusted,
    KeyTooSmall,
    SignatureInvalid,
    WrongKeyUsage,
)
from certs.profile import CardKind, CertIdentity, load_certificate, parse_certificate
from certs.trust import precheck, verify_signature

from .context import Tx
from .db import Applicant, MobileTransaction
from .errors import ApiError, validation_error

if TYPE_CHECKING:
    from certs.testpki import DemoPKI

METHOD_OF_KIND: dict[CardKind, VerificationMethod] = {
    CardKind.MOEACA: VerificationMethod.MOEACA_CARD,
    CardKind.MOICA: VerificationMethod.MOICA_CARD,
    CardKind.XCA: VerificationMethod.XCA_CARD,
}

_PROBLEMS: tuple[tuple[type[CertificateError], int, ErrorCode, str], ...] = (
    (CertUntrusted, 401, ErrorCode.CERT_UNTRUSTED, "憑證不是由受信任的憑證機構簽發。"),
    (CertRevoked, 401, ErrorCode.CERT_REVOKED, "憑證已被廢止。"),
    (CertExpired, 401, ErrorCode.CERT_EXPIRED, "憑證已過期。"),
    (CertNotYetValid, 401, ErrorCode.CERT_NOT_YET_VALID, "憑證尚未生效。"),
    (KeyTooSmall, 401, ErrorCode.CERT_KEY_TOO_SMALL, "憑證金鑰長度不足（須 RSA 2048 位元以上）。"),
    (WrongKeyUsage, 401, ErrorCode.CERT_WRONG_KEY_USAGE, "此憑證不能用於簽章。"),
)


@functools.cache
def demo_pki() -> DemoPKI:
    """The sandbox's test hierarchy and demo cards (loaded once)."""
    from certs.testpki import DemoPKI

    return DemoPKI.load()


@functools.cache
def _crls() -> tuple[x509.CertificateRevocationList, ...]:
    pki = demo_pki()
    return tuple(pki.crl(kind) for kind in (CardKind.MOEACA, CardKind.MOICA, CardKind.XCA))


def b64decode_field(value: Any, field: str) -> bytes:
    """Strict base64 of one request field; 422 naming the field otherwise."""
    if not isinstance(value, str) or not value:
        raise validation_error({field: "須為 base64 字串。"}, message="欄位須為 base64 字串。")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise validation_error(
            {field: "不是有效的 base64。"}, message="欄位不是有效的 base64。"
        ) from None


def b64(data: bytes) -> str:
    """Standard base64 text."""
    return base64.b64encode(data).decode("ascii")


@dataclass(frozen=True)
class SignedBy:
    """Who signed: the certificate's identity, or a phone-verified person."""

    method: VerificationMethod
    identity: dict[str, Any]


def check_certificate_signature(
    tx: Tx, document: bytes, signature_b64: Any, certificate_b64: Any, chain_b64: Any
) -> tuple[CertIdentity, VerificationMethod]:
    """Verify a card signature: signature, chain, validity at platform time, revocation."""
    signature = b64decode_field(signature_b64, "signature")
    der = b64decode_field(certificate_b64, "certificate")
    if not isinstance(chain_b64, list) or len(chain_b64) > 8:
        raise validation_error({"chain": "須為 base64 憑證清單。"}, message="chain 須為憑證清單。")
    chain_der = [b64decode_field(c, f"chain.{i}") for i, c in enumerate(chain_b64)]
    try:
        cert = load_certificate(der)
        chain = [load_certificate(c) for c in chain_der]
        identity = parse_certificate(cert)
    except CertificateParseError:
        raise ApiError(422, ErrorCode.CERT_MALFORMED, "無法讀取憑證內容。") from None
    try:
        verify_signature(cert, document, signature)
    except SignatureInvalid:
        raise ApiError(401, ErrorCode.SIGNATURE_INVALID, "簽章驗證失敗：簽章與文件不符。") from None
    try:
        problems = precheck(cert, chain, tx.now, demo_pki().trust_store(), _crls())
    except CertificateParseError:
        raise ApiError(422, ErrorCode.CERT_MALFORMED, "無法讀取憑證內容。") from None
    for kind, status, code, message in _PROBLEMS:
        for problem in problems:
            if isinstance(problem, kind):
                raise ApiError(status, code, message)
    if problems:
        raise ApiError(401, ErrorCode.CERT_UNTRUSTED, "憑證無法驗證。")
    method = METHOD_OF_KIND.get(identity.kind)
    if method is None:
        raise ApiError(401, ErrorCode.CERT_UNTRUSTED, "不支援此種憑證。")
    return identity, method


def identity_view(identity: CertIdentity) -> dict[str, Any]:
    """The ``identity`` object of a login response."""
    view: dict[str, Any] = {"kind": identity.kind.value, "subject_name": identity.holder_name}
    if identity.ubn:
        view["ubn"] = identity.ubn
    if identity.id_last4:
        view["id_last4"] = identity.id_last4
    if identity.org_code:
        view["org_code"] = identity.org_code
    if identity.card_serial:
        view["card_serial"] = identity.card_serial
    return view


def require_method_allowed(applicant: Applicant, method: VerificationMethod) -> None:
    """403 METHOD_NOT_ALLOWED unless the applicant type may use ``method``."""
    if method not in allowed_methods(applicant.applicant_type):
        raise ApiError(
            403,
            ErrorCode.METHOD_NOT_ALLOWED,
            "此申請身分不能使用這種驗證方式。",
            {"allowed_methods": [m.value for m in allowed_methods(applicant.applicant_type)]},
        )


def require_registration_method(applicant: Applicant, method: VerificationMethod) -> None:
    """409 METHOD_LOCKED when the application, not yet active, was started with another
    method (seed 001: 一旦開始註冊以後，將無法切換驗證方式); ``details.method`` names it."""
    started = applicant.verified_method
    if applicant.status != "active" and started is not None and started != method.value:
        raise ApiError(
            409,
            ErrorCode.METHOD_LOCKED,
            "一旦開始註冊以後，將無法切換驗證方式；請使用開始註冊時的驗證方式。",
            {"method": started},
        )


def require_login_method(applicant: Applicant, method: VerificationMethod) -> None:
    """The applicant may log in (or start a mobile signature) with ``method``: its type
    allows it (403 METHOD_NOT_ALLOWED) and no other method started its application (409
    METHOD_LOCKED)."""
    require_method_allowed(applicant, method)
    require_registration_method(applicant, method)


def mobile_identity(applicant: Applicant, row: MobileTransaction) -> dict[str, Any]:
    """The identity a mobile MOICA or phone transaction proves: the responsible person."""
    return {
        "kind": "moica" if row.channel == VerificationMethod.MOICA_MOBILE else "phone",
        "subject_name": applicant.responsible_name,
        "id_last4": row.id_number[-4:],
    }


def certificate_matches(applicant: Applicant, identity: CertIdentity) -> bool:
    """The platform's identity match between a card certificate and an applicant."""
    if identity.kind is CardKind.XCA and applicant.org_code is None:
        return False  # no organisation code registered: no XCA card can be this applicant's
    mismatch = certificate_identity_mismatch(
        identity.kind,
        applicant_ubn=applicant.ubn,
        cert_ubn=identity.ubn,
        cert_id_last4=identity.id_last4,
        cert_name=identity.holder_name,
        cert_org_code=identity.org_code,
        responsible_id=applicant.responsible_id,
        responsible_name=applicant.responsible_name,
        org_code=applicant.org_code,
    )
    return mismatch is None


def require_identity_match(applicant: Applicant, identity: CertIdentity) -> None:
    """403 IDENTITY_MISMATCH when the certificate is not the applicant's."""
    if not certificate_matches(applicant, identity):
        raise ApiError(403, ErrorCode.IDENTITY_MISMATCH, "憑證身分與申請單位（或其負責人）不符。")


def verify_signature_block(
    tx: Tx, applicant: Applicant, block: dict[str, Any], expected: bytes
) -> SignedBy:
    """Check a signature block over ``expected`` bytes signed for ``applicant``."""
    if block.get("mobile_transaction_id") is not None:
        return _mobile_signature(tx, applicant, block["mobile_transaction_id"], expected)
    document = b64decode_field(block.get("document"), "document")
    if document != expected:
        raise validation_error(
            {"document": "與請求內容不符。"},
            ErrorCode.DOCUMENT_MISMATCH,
            "簽署的文件內容與請求不符。",
        )
    identity, method = check_certificate_signature(
        tx, document, block.get("signature"), block.get("certificate"), block.get("chain", [])
    )
    require_method_allowed(applicant, method)
    require_identity_match(applicant, identity)
    return SignedBy(method=method, identity=identity_view(identity))


def _mobile_signature(
    tx: Tx, applicant: Applicant, transaction_id: Any, expected: bytes
) -> SignedBy:
    if not isinstance(transaction_id, str):
        raise validation_error(
            {"mobile_transaction_id": "須為字串。"}, message="mobile_transaction_id 須為字串。"
        )
    row = tx.db.scalar(
        select(MobileTransaction).where(
            MobileTransaction.id == transaction_id,
            MobileTransaction.applicant_id == applicant.id,
            MobileTransaction.purpose == "sign",
        )
    )
    if row is None:
        raise ApiError(404, ErrorCode.MOBILE_TRANSACTION_NOT_FOUND, "找不到此行動簽章交易。")
    if row.status != "approved":
        raise ApiError(409, ErrorCode.MOBILE_TRANSACTION_NOT_APPROVED, "行動簽章尚未完成核准。")
    if row.consumed:
        raise ApiError(409, ErrorCode.MOBILE_TRANSACTION_USED, "此行動簽章已使用過。")
    if row.document is None or base64.b64decode(row.document) != expected:
        raise ApiError(422, ErrorCode.DOCUMENT_MISMATCH, "行動簽章的文件內容與請求不符。")
    row.consumed = True
    return SignedBy(
        method=VerificationMethod(row.channel),
        identity=mobile_identity(applicant, row),
    )
