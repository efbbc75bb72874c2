"""rainbow."""
