"""The program checking itself: the self-test, the scripted walk through the wizard, screenshots.

Not part of the screens: it drives the real wizard (``installer_app.ui``) against the embedded
sandbox, as a technician would. ``installer-app --selftest`` (the frozen package's check),
``make screenshots`` and the end-to-end tests use it. It may import ``ui``; nothing in ``ui``
imports it.
"""
