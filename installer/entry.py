"""Entry script of the frozen ``tcloud-desktop`` bundle (PyInstaller starts here)."""

from __future__ import annotations

import sys

from ui.launch import main

if __name__ == "__main__":
    sys.exit(main())
