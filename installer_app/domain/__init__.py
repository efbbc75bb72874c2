"""Pure domain: plan model, references, dialing, numbering rules, status, wizard flow.

Nothing here imports Qt, performs I/O, or depends on any other layer of the application.
"""
