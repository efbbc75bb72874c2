"""The wizard's pages, one module each, all built on ``StepPage`` (``base.py``)."""
