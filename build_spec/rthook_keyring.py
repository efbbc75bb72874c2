"""PyInstaller runtime hook: make keyring see its backends in the frozen program.

keyring discovers backends through the ``keyring.backends`` entry points of the installed
distributions' metadata. A frozen program may lack that metadata (or find a different one), and
keyring then reports "No recommended backend was available". A backend registers itself when its
module is imported (``KeyringBackend``'s metaclass keeps the registry), so importing this
platform's backend modules here, before the program asks for a keyring, is enough for keyring's
own selection (by priority) to find them. The spec lists the same modules as hidden imports, so
they are bundled.
"""

from __future__ import annotations

import contextlib
import importlib
import sys

_COMMON = ("keyring.backends.chainer", "keyring.backends.fail")
_BY_PLATFORM = {
    "win32": ("keyring.backends.Windows",),
    "darwin": ("keyring.backends.macOS",),
    "linux": (
        "keyring.backends.SecretService",
        "keyring.backends.libsecret",
        "keyring.backends.kwallet",
    ),
}


def _import_backends() -> None:
    names = _BY_PLATFORM.get(sys.platform, ()) + _COMMON
    for name in names:
        # A backend that cannot load here is simply not offered; keyring says why when asked.
        with contextlib.suppress(Exception):
            importlib.import_module(name)


_import_backends()
