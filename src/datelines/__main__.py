"""``python -m datelines``: the command line."""

from .cli import main

raise SystemExit(main())
