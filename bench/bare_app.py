"""The bare PySide6 reference: one window with one label, nothing else.

Run by ``python -m bench.probe bare`` (start-up time and RSS) and frozen by
``bench/bare-pyside6.spec`` (bundle size) with the client's excludes.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def main() -> int:
    """Show the window and run the event loop."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.setCentralWidget(QLabel("Hello"))
    window.resize(1100, 760)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
