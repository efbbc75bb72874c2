"""Associate an OXO Connect or OXO Connect Evolution PBX with a customer company on Rainbow."""

__version__ = "0.1.0"
