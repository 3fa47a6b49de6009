"""Entry script of the frozen ``tcloud-desktop`` bundle (PyInstaller starts here)."""

from __future__ import annotations

import sys

from ui.launch import main

# The training platform runs as a child process of the client. A frozen bundle has no
# ``python -m sandbox``, so the client starts its own executable with this first argument.
TRAINING_PLATFORM_COMMAND = "training-platform"

if __name__ == "__main__":
    if sys.argv[1:2] == [TRAINING_PLATFORM_COMMAND]:
        from sandbox.__main__ import main as platform_main

        platform_main(sys.argv[2:])
        sys.exit(0)
    sys.exit(main())
