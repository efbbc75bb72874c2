"""Small reusable widgets: copyable values, busy indicators, reason labels."""
