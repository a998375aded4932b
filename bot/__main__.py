"""`python -m bot`: the same command line as `stance-bot`."""

import sys

from bot.cli import main

sys.exit(main())
