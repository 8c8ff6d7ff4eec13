"""PyInstaller entry script: the same `zydesk` entry point as the installed package."""

import multiprocessing
import sys

from zydesk.__main__ import main

# A frozen Windows program starts its summary workers as fresh copies of itself: they must not run main().
multiprocessing.freeze_support()

sys.exit(main())
