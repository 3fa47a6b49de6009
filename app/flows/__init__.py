"""Qt-free state of the client's screens: the enrolment wizard, the self-assessment,
order tracking, points countdowns and mobile verification polling."""

from app.subsidy.password import check_password

from .enrolment import EnrolmentFlow, WizardStep
from .enrolment_service import EnrolmentService, Signer
from .errors import FlowError, InvalidInput
from .login import MobilePoll, PollResult
from .questionnaire import QuestionnaireNavigator
from .tracking import STATUS_LABELS, OrderTracker, PointsView

__all__ = [
    "STATUS_LABELS",
    "EnrolmentFlow",
    "EnrolmentService",
    "FlowError",
    "InvalidInput",
    "MobilePoll",
    "OrderTracker",
    "PointsView",
    "PollResult",
    "QuestionnaireNavigator",
    "Signer",
    "WizardStep",
    "check_password",
]
