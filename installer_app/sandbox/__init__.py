"""Emulators of Rainbow and of an OXO Connect, for training, demos and tests.

They are real servers on loopback sockets; nothing here is used against production.
"""
