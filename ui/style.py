"""The application's style sheet and palette constants."""

from __future__ import annotations

from pathlib import Path

import resources

TRAINING_AMBER = "#8a5a00"
PRIVACY_PURPLE = "#5b2a86"

STYLE_SHEET = (
    """
QWidget { font-size: 11pt; }
QLabel#PageTitle { font-size: 18pt; font-weight: 600; }
QLabel#PageSubtitle { color: #444; }
QFrame#TrainingBanner { background: #fff4d6; border-bottom: 1px solid #e0b64c; }
QLabel#TrainingBannerText { color: @AMBER@; font-weight: 600; }
QFrame#PrivacyBanner { background: #efe6f7; border-bottom: 1px solid #b894d6; }
QLabel#PrivacyBannerText { color: @PURPLE@; font-weight: 600; }
QPushButton#StartAction {
    border: 1px solid #b8c4d6; border-radius: 8px; background: #f7f9fc;
}
QPushButton#StartAction:hover { background: #eaf1fb; }
QLabel#ChoiceTitle, QLabel#ChoiceDetail { font-size: 13pt; background: transparent; }
QLabel#FieldError { color: #b00020; }
QLabel#Hint { color: #555; }
QFrame#PlatformWait { background: #eef4fb; border-top: 1px solid #b8cde6; }
QLabel#SectionTitle { font-size: 12pt; font-weight: 600; margin-top: 6px; }
QLabel#QuestionText { font-size: 13pt; }
QLabel#ApplicantCard {
    background: #f2f7ee; border: 1px solid #b9d3a8; border-radius: 6px; padding: 8px 12px;
    font-size: 12pt;
}
QLabel#Countdown { font-size: 14pt; font-weight: 600; }
QLabel#PointsSummary { font-size: 12pt; }
QFrame#ErrorPanel { background: #fdecee; border: 1px solid #e8a1aa; border-radius: 6px; }
QLabel#ErrorTitle { color: #8c1020; font-weight: 600; }
QFrame#CardPanel, QFrame#MethodChoice, QFrame#DocumentText, QFrame#MobileWaitPanel {
    border: 1px solid #cfd8e3; border-radius: 6px; background: #fafbfd;
}
QFrame#DocumentText QLabel { color: #222; }
QListWidget#StepList {
    background: #f3f5f8; border: none; border-right: 1px solid #d6dce4; padding-top: 12px;
}
QListWidget#StepList::item { padding: 8px 12px; color: #444; }
QListWidget#StepList::item:selected { background: #dbe7f6; color: #10365f; font-weight: 600; }
QPushButton#PrimaryButton {
    background: #2b6cb0; color: white; border: 1px solid #245a93; border-radius: 4px;
    padding: 7px 18px; font-weight: 600;
}
QPushButton#PrimaryButton:disabled { background: #9db7d3; border-color: #9db7d3; }
""".replace("@AMBER@", TRAINING_AMBER).replace("@PURPLE@", PRIVACY_PURPLE)
    + (Path(resources.__file__).parent / "focus.qss").read_text(encoding="utf-8")
)
"""The look, then keyboard focus and fields in error (``resources/focus.qss``)."""
