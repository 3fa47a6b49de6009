"""Published content anyone may read: the texts an applicant agrees to and the
self-assessment questionnaire."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from .. import application_texts, questionnaire
from .common import PublicRoute
from .schemas import ApplicationTextsOut

router = APIRouter(tags=["application"], route_class=PublicRoute)


@router.get(
    "/application/texts", summary="同意書、聲明事項及授權書全文", response_model=ApplicationTextsOut
)
def get_application_texts() -> dict[str, Any]:
    """The exact texts the applicant agrees to, with their version and SHA-256."""
    return application_texts.current()


@router.get("/assessment/questionnaire", summary="數位自評檢測題目")
def get_questionnaire() -> dict[str, Any]:
    """The current questionnaire (8 dimensions, branching questions)."""
    return questionnaire.questionnaire()
