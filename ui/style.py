"""The application's style sheet and palette constants."""

from __future__ import annotations

TRAINING_AMBER = "#8a5a00"
PRIVACY_PURPLE = "#5b2a86"

STYLE_SHEET = """
QWidget { font-size: 11pt; }
QLabel#PageTitle { font-size: 18pt; font-weight: 600; }
QLabel#PageSubtitle { color: #444; }
QFrame#TrainingBanner { background: #fff4d6; border-bottom: 1px solid #e0b64c; }
QLabel#TrainingBannerText { color: @AMBER@; font-weight: 600; }
QFrame#PrivacyBanner { background: #efe6f7; border-bottom: 1px solid #b894d6; }
QLabel#PrivacyBannerText { color: @PURPLE@; font-weight: 600; }
QPushButton#StartAction {
    text-align: left; padding: 14px 18px; font-size: 13pt;
    border: 1px solid #b8c4d6; border-radius: 8px; background: #f7f9fc;
}
QPushButton#StartAction:hover { background: #eaf1fb; }
QPushButton#StartAction:focus { border: 2px solid #2b6cb0; }
QLabel#FieldError { color: #b00020; }
QLabel#Hint { color: #555; }
""".replace("@AMBER@", TRAINING_AMBER).replace("@PURPLE@", PRIVACY_PURPLE)
