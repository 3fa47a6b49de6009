"""QR codes drawn in memory (segno → QImage → QPixmap); nothing is written to disk."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

QUIET_ZONE = 4


def qr_image(payload: str, module_pixels: int = 6) -> QImage:
    """A black-on-white QR code of ``payload`` with ``module_pixels`` pixels per module."""
    if not payload:
        raise ValueError("a QR code needs a non-empty payload")
    if module_pixels < 1:
        raise ValueError("module_pixels must be at least 1")
    import segno  # ≈ 5 MiB: loaded when a code is first drawn, not with the page

    code = segno.make(payload, error="m", micro=False)
    rows = [list(row) for row in code.matrix_iter(scale=1, border=QUIET_ZONE)]
    size = len(rows)
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    black = QColor("black").rgb()
    for y, row in enumerate(rows):
        for x, dark in enumerate(row):
            if dark:
                image.setPixel(x, y, black)
    side = size * module_pixels
    # Whole pixels per module with no smoothing keep the code readable by phone cameras.
    return image.scaled(
        side,
        side,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.FastTransformation,
    )


class QrView(QLabel):
    """Shows one QR code; empty until :meth:`set_payload` is called."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("QrView")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleName(accessible_name)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.payload = ""

    def set_payload(self, payload: str, module_pixels: int = 6) -> None:
        """Draw ``payload``; an empty payload clears the view."""
        self.payload = payload
        if not payload:
            self.clear()
            return
        ratio = self.devicePixelRatioF()
        image = qr_image(payload, max(1, round(module_pixels * ratio)))
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.setPixmap(pixmap)
        self.setFixedSize(pixmap.deviceIndependentSize().toSize())
