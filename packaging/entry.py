"""PyInstaller entry script: the same `zydesk` entry point as the installed package."""

import sys

from zydesk.__main__ import main

sys.exit(main())
