"""PyInstaller hook for phonenumbers, replacing the stock one that bundles every submodule.

The program only parses, checks and formats numbers: the geocoding, carrier and time-zone
tables (about 20 MB) are left out, and the stock hook would otherwise ask for each of them.
"""

from __future__ import annotations

from PyInstaller.utils.hooks import collect_submodules

#: Lookups the program does not use, with their data packages.
UNUSED = (
    "phonenumbers.geocoder",
    "phonenumbers.geodata",
    "phonenumbers.carrier",
    "phonenumbers.carrierdata",
    "phonenumbers.timezone",
    "phonenumbers.tzdata",
)

hiddenimports = collect_submodules("phonenumbers", filter=lambda name: not name.startswith(UNUSED))
