"""``python -m installer_app.cli``."""

from installer_app.cli import main

raise SystemExit(main())
