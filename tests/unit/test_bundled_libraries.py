"""Licences and the runtime dependency closure read from distribution metadata."""

from __future__ import annotations

import sys
from email.message import Message
from typing import Any, ClassVar

import pytest

from installer_app.ui.support.bundled_libraries import (
    bundled_libraries,
    licence_of,
    normalized,
    runtime_requirements,
)


def _meta(**fields: Any) -> Any:
    message = Message()
    for name, value in fields.items():
        for item in value if isinstance(value, list) else [value]:
            message[name.replace("_", "-")] = item
    return message


def test_licence_expression_wins() -> None:
    meta = _meta(
        License_Expression="MIT OR Apache-2.0",
        License="MIT",
        Classifier=["License :: OSI Approved :: MIT License"],
    )
    assert licence_of(meta) == "MIT OR Apache-2.0"


def test_short_licence_field_then_classifiers_then_first_line() -> None:
    assert licence_of(_meta(License="BSD-3-Clause")) == "BSD-3-Clause"
    full_text = "Copyright (c) 2020 Somebody\n\nPermission is hereby granted, free of charge..."
    classifiers = ["License :: OSI Approved :: BSD License", "Programming Language :: Python"]
    assert licence_of(_meta(License=full_text, Classifier=classifiers)) == "BSD License"
    assert licence_of(_meta(License=full_text)) == "Copyright (c) 2020 Somebody"
    assert licence_of(_meta(Name="bare")) == "unknown"


def test_runtime_requirements_leave_extras_out() -> None:
    class Distribution:
        requires: ClassVar[list[str]] = [
            "httpx>=0.27",
            "jeepney>=0.4.2; sys_platform == 'linux'",
            "pytest>=8; extra == 'dev'",
            'pytest-ruff>=0.2.1; sys_platform != "cygwin" and extra == "check"',
            "zope.interface",
        ]

    assert runtime_requirements(Distribution()) == ["httpx", "jeepney", "zope.interface"]  # type: ignore[arg-type]


def test_normalized_names() -> None:
    assert (
        normalized("PySide6_Essentials") == normalized("pyside6-essentials") == "pyside6-essentials"
    )
    assert normalized("jaraco.classes") == "jaraco-classes"


def test_the_installed_closure_has_the_runtime_dependencies_only() -> None:
    libraries = {normalized(lib.name): lib for lib in bundled_libraries()}
    runtime = ("pyside6-essentials", "shiboken6", "keyring", "httpx", "httpcore", "aiohttp",
               "pydantic", "pydantic-core", "cryptography", "phonenumbers", "qasync")  # fmt: skip
    for name in runtime:
        assert name in libraries, name
    if sys.platform == "linux":
        assert "secretstorage" in libraries
        assert "jeepney" in libraries
    for name in ("pytest", "pytest-qt", "hypothesis", "mypy", "ruff", "installer-app"):
        assert name not in libraries
    assert libraries["keyring"].licence == "MIT"
    assert "LGPL-3.0-only" in libraries["pyside6-essentials"].licence


def test_an_unknown_root_gives_an_empty_list() -> None:
    assert bundled_libraries("no-such-distribution-here") == []


@pytest.mark.parametrize("name", ["Foo.Bar", "foo_bar", "FOO-BAR", "foo__bar"])
def test_normalization_is_pep_503(name: str) -> None:
    assert normalized(name) == "foo-bar"
