"""``python -m installer_app`` does what the ``installer-app`` command does."""

from installer_app.cli import main

raise SystemExit(main())
