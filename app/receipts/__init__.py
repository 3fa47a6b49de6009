"""Receipt content (Traditional Chinese, ROC dates) for signed orders, terminations and forms."""

from .content import (
    Party,
    Receipt,
    ReceiptError,
    Section,
    application_receipt,
    money,
    order_receipt,
    points_text,
    roc_day,
    termination_receipt,
)

__all__ = [
    "Party",
    "Receipt",
    "ReceiptError",
    "Section",
    "application_receipt",
    "money",
    "order_receipt",
    "points_text",
    "roc_day",
    "termination_receipt",
]
