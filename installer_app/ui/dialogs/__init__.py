"""Windows opened over the wizard (most from its "More" menu), one module each."""
