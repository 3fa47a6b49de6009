"""Request bodies of the platform API (pydantic); unknown fields are ignored."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

B64 = Field(max_length=200_000)

UBN_PATTERN = r"^[0-9]{8}$"
Ubn = Annotated[str, Field(pattern=UBN_PATTERN, description="統一編號：8 位數字，並須通過檢查碼")]
IsoDate = Annotated[
    str, Field(max_length=10, json_schema_extra={"format": "date"}, description="YYYY-MM-DD")
]


class Body(BaseModel):
    """Base of request bodies."""

    model_config = ConfigDict(extra="ignore")


class SignatureFields(Body):
    """A signature block, inlined in the body it signs."""

    document: str | None = Field(default=None, max_length=200_000)
    signature: str | None = Field(default=None, max_length=4096)
    certificate: str | None = Field(default=None, max_length=20_000)
    chain: list[str] = Field(default_factory=list, max_length=8)
    mobile_transaction_id: str | None = Field(default=None, max_length=64)


SIGNATURE_FIELDS = frozenset(SignatureFields.model_fields)


class ChallengeIn(Body):
    ubn: Ubn
    method: Literal["moeaca_card", "moica_card", "xca_card"]


class CertificateLoginIn(Body):
    challenge_id: str = Field(max_length=64)
    signature: str = Field(max_length=4096)
    certificate: str = Field(max_length=20_000)
    chain: list[str] = Field(default_factory=list, max_length=8)


class MobileMoicaIn(Body):
    ubn: Ubn
    id_number: str = Field(max_length=20)
    mode: Literal["qr", "push"] = "qr"
    purpose: Literal["login", "sign"] = "login"
    document: str | None = Field(default=None, max_length=200_000)


class PhoneIn(Body):
    ubn: Ubn
    id_number: str = Field(max_length=20)
    birthday: IsoDate
    mobile: str = Field(max_length=20)
    purpose: Literal["login", "sign"] = "login"
    document: str | None = Field(default=None, max_length=200_000)


class PasswordLoginIn(Body):
    ubn: Ubn
    password: str = Field(max_length=200)


class SignedTexts(SignatureFields):
    """A signed step that names the texts agreed to (``GET /application/texts``)."""

    text_version: str = Field(max_length=40)
    text_sha256: str = Field(max_length=64)


class ConsentsIn(SignedTexts):
    personal_data: bool
    declarations: bool
    pavilion: Literal["general", "industry"] | None = None
    industry_declaration: bool | None = None


class AuthorizationIn(SignedTexts):
    kind: Literal["labor_insurance", "business_registration"]
    valid_from: IsoDate
    valid_to: IsoDate
    responsible_person_id: str | None = Field(default=None, max_length=20)
    responsible_person_name: str | None = Field(default=None, max_length=100)
    personal_data_notice: bool | None = None


class AccountIn(Body):
    password: str = Field(
        min_length=8,
        max_length=128,
        description="8–128 字元，須含英文字母與數字；不可為統一編號、身分證字號或常見密碼",
    )


class EmailCodeIn(Body):
    code: str = Field(max_length=20)


class AssessmentIn(Body):
    version: str = Field(max_length=40)
    answers: dict[str, list[str]] = Field(max_length=200)


class QuoteIn(Body):
    plan_id: str = Field(max_length=40)


class OrderIn(SignatureFields):
    quote_id: str = Field(max_length=64)


class TerminationIn(SignatureFields):
    on: IsoDate | None = None


class ClockIn(Body):
    now: str | None = Field(default=None, max_length=40)
    advance_days: int | None = Field(default=None, ge=-3650, le=3650)
    advance_seconds: int | None = Field(default=None, ge=-(10**8), le=10**8)


class ScenarioIn(Body):
    name: Literal["member_with_points", "fresh_applicant"] = "member_with_points"
    applicant_type: Literal["sme", "tax_registered", "cooperative", "social_innovation"] | None = (
        None
    )
    pavilion: Literal["general", "industry"] | None = None


class ReviewDecisionIn(Body):
    reason: str | None = Field(default=None, max_length=200)
    """What a rejected applicant is told (default 「查無稅籍登記資料」)."""


class ProgrammeSettingsIn(Body):
    """The programme in force and its settings; omitted fields keep their value."""

    id: str | None = Field(default=None, max_length=16)
    ends_on: IsoDate | None = None
    applications_open_until: IsoDate | None = None
    budget_exhausted: bool | None = None


class SignDataIn(Body):
    """Bytes to sign as base64 ``data``, or a JSON ``document_json`` to sign canonically."""

    data: str | None = Field(default=None, max_length=200_000)
    document_json: dict[str, Any] | None = None


class FaultIn(Body):
    kind: Literal["error_500", "drop_after_commit", "delay"]
    count: int = Field(default=1, ge=1, le=1000)
    path: str | None = Field(default=None, max_length=300)
    seconds: float = Field(default=1.0, ge=0, le=60)


class ContactEmailIn(SignatureFields):
    contact_email: str = Field(max_length=254)


class PasswordChangeIn(Body):
    current_password: str = Field(max_length=200)
    new_password: str = Field(max_length=200)


class ConsultationIn(Body):
    kind: Literal["consultant", "expert_service"]
    message: str = Field(max_length=2000)
    contact_phone: str | None = Field(default=None, max_length=30)
