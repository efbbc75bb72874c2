"""The widgets of a Rainbow sign-in: server line, account, optional application, messages.

Only widgets and their layout live here (no behaviour, no service call), so the sign-in page and
any later "sign in again" dialog show the same fields, in the same order, with the same Alt
shortcuts. Each input has a message line right under it for the error that concerns it.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from installer_app.services.failures import Failure, Field
from installer_app.ui.widgets.busy_indicator import BusyIndicator
from installer_app.ui.widgets.collapsible import CollapsibleSection
from installer_app.ui.widgets.inline_message import InlineMessage, with_message


class RainbowAccountForm(QWidget):
    """Server in use, login, password, "remember", application id/secret, Sign in, Cancel.

    Attributes mirror the widgets (``login_edit``, ``password_edit``, ``remember_box``,
    ``session_only_box`` (offered only when the keyring cannot be used),
    ``app_id_edit``, ``app_secret_edit``, ``sign_in_button``, ``busy``) and their messages
    (``server_message``, ``login_message``, ``password_message``, ``app_message``,
    ``signed_in_message``, ``remember_message``, ``general_message``, and ``keyring_message``
    right under "Remember").
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._init_server()
        self._init_account()
        self._init_application()
        self._init_actions()
        self._init_tab_order()

    def _init_server(self) -> None:
        self.server_label = QLabel()
        self.server_label.setObjectName("serverInUse")
        self.server_label.setWordWrap(True)
        self.server_label.setAccessibleName(self.tr("Rainbow server in use"))
        self.sandbox_note = QLabel()
        self.sandbox_note.setObjectName("sandboxNote")
        self.sandbox_note.setWordWrap(True)
        self.show_sandbox_note(edited=False)
        self.sandbox_note.setVisible(False)
        self.server_message = InlineMessage(self.tr("Rainbow server problem"))
        for widget in (self.server_label, self.sandbox_note, self.server_message):
            self._layout.addWidget(widget)

    def show_sandbox_note(self, *, edited: bool) -> None:
        """The demo account's note: filled in, or changed with a link to fill it in again."""
        if not edited:
            text = self.tr(
                "Demo account of the embedded sandbox: its login, password and application "
                "are filled in. Nothing you do here reaches the real Rainbow."
            )
        else:
            text = self.tr(
                "Demo account of the embedded sandbox: you changed its login or password. "
                '<a href="#demo">Fill in the demo account again</a>.'
            )
        self.sandbox_note.setText(text)
        self.sandbox_note.setTextFormat(
            Qt.TextFormat.RichText if edited else Qt.TextFormat.PlainText
        )
        # A tab stop only while it holds a link: the plain note took the page's first focus.
        self.sandbox_note.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            if edited
            else Qt.TextInteractionFlag.NoTextInteraction
        )

    def account_edits(self) -> tuple[QLineEdit, QLineEdit, QLineEdit, QLineEdit]:
        """Login, password, application id and application secret, in that order."""
        return (self.login_edit, self.password_edit, self.app_id_edit, self.app_secret_edit)

    def _init_account(self) -> None:
        box = QGroupBox(self.tr("Rainbow admin account"))
        form = QFormLayout(box)
        self.login_edit = QLineEdit()
        self.login_edit.setPlaceholderText("admin@partner.example")
        self.login_edit.setAccessibleName(self.tr("Rainbow login (e-mail)"))
        self.login_message = InlineMessage(self.tr("Login problem"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Rainbow password"))
        self.password_message = InlineMessage(self.tr("Password problem"))
        self.remember_box = QCheckBox(self.tr("&Remember in the system keyring"))
        self.remember_box.setAccessibleName(self.tr("Remember in the system keyring"))
        self.remember_box.setToolTip(
            self.tr(
                "The password and application secret are kept in the operating system's "
                "keyring (never in a file), for this server and login."
            )
        )
        self.keyring_message = InlineMessage(self.tr("Keyring problem"))
        self.session_only_box = QCheckBox(self.tr("Remember for this session &only"))
        self.session_only_box.setAccessibleName(self.tr("Remember for this session only"))
        self.session_only_box.setToolTip(
            self.tr(
                "Kept in memory until the program closes, never written anywhere: type the "
                "password again at the next start."
            )
        )
        self.session_only_box.setVisible(False)
        self.keyring_available = True
        login_label = QLabel(self.tr("&Login (e-mail):"))
        login_label.setBuddy(self.login_edit)
        password_label = QLabel(self.tr("&Password:"))
        password_label.setBuddy(self.password_edit)
        form.addRow(login_label, with_message(self.login_edit, self.login_message))
        form.addRow(password_label, with_message(self.password_edit, self.password_message))
        form.addRow("", self.remember_box)
        # A spanning row: in the field column, a word-wrapped label gets a too tall row.
        form.addRow(self.keyring_message)
        form.addRow("", self.session_only_box)
        self._layout.addWidget(box)

    def _init_application(self) -> None:
        self.advanced = CollapsibleSection(self.tr("A&dvanced: Rainbow application"))
        form = QFormLayout(self.advanced.content)
        help_label = QLabel(
            self.tr(
                "Only if your account signs in through a Rainbow application "
                "(developers.openrainbow.com > My applications). Otherwise leave both empty."
            )
        )
        help_label.setWordWrap(True)
        self.app_id_edit = QLineEdit()
        self.app_id_edit.setAccessibleName(self.tr("Application id"))
        self.app_secret_edit = QLineEdit()
        self.app_secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.app_secret_edit.setAccessibleName(self.tr("Application secret"))
        self.app_message = InlineMessage(self.tr("Application problem"))
        app_id_label = QLabel(self.tr("Application &id:"))
        app_id_label.setBuddy(self.app_id_edit)
        app_secret_label = QLabel(self.tr("Application s&ecret:"))
        app_secret_label.setBuddy(self.app_secret_edit)
        form.addRow(help_label)
        form.addRow(app_id_label, self.app_id_edit)
        form.addRow(app_secret_label, with_message(self.app_secret_edit, self.app_message))
        self._layout.addWidget(self.advanced)

    def _init_actions(self) -> None:
        row = QHBoxLayout()
        self.sign_in_button = QPushButton(self.tr("&Sign in"))
        self.sign_in_button.setAccessibleName(self.tr("Sign in to Rainbow"))
        self.busy = BusyIndicator(self.tr("C&ancel sign-in"))
        row.addWidget(self.sign_in_button)
        row.addWidget(self.busy, 1)
        row.addStretch()
        self._layout.addLayout(row)
        self.signed_in_message = InlineMessage(self.tr("Sign-in result"))
        self.signed_in_message.setObjectName("signedIn")
        self.remember_message = InlineMessage(self.tr("Keyring warning"))
        self.general_message = InlineMessage(self.tr("Sign-in problem"))
        for widget in (self.signed_in_message, self.remember_message, self.general_message):
            self._layout.addWidget(widget)

    def _init_tab_order(self) -> None:
        chain = (
            self.login_edit,
            self.password_edit,
            self.remember_box,
            self.session_only_box,
            self.advanced.toggle_button,
            self.app_id_edit,
            self.app_secret_edit,
            self.sign_in_button,
            self.busy.cancel_button,
        )
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def inputs(self) -> tuple[QWidget, ...]:
        """The widgets the technician types into or ticks."""
        return (
            self.login_edit,
            self.password_edit,
            self.remember_box,
            self.session_only_box,
            self.advanced.toggle_button,
            self.app_id_edit,
            self.app_secret_edit,
        )

    def set_inputs_enabled(self, enabled: bool) -> None:
        """Enable or disable the inputs and Sign in (disabled while signing in)."""
        for widget in (*self.inputs(), self.sign_in_button):
            widget.setEnabled(enabled)
        self.remember_box.setEnabled(enabled and self.keyring_available)

    def show_busy(self, text: str) -> None:
        """Disable the inputs and show ``text`` with its Cancel, where the focus goes.

        Shown before the inputs are disabled, so the focus leaving them lands on Cancel, where
        Return does nothing; on "< Back", the next stop after them, it left the page.
        """
        self.busy.start(text)
        self.set_inputs_enabled(False)

    def hide_busy(self) -> QWidget | None:
        """Enable the inputs and hide Cancel; Sign in when the focus was on Cancel (to focus)."""
        on_cancel = self.window().focusWidget() is self.busy.cancel_button
        self.set_inputs_enabled(True)
        self.busy.stop()
        return self.sign_in_button if on_cancel else None

    def show_keyring_unavailable(self, message: str, hint: str) -> None:
        """Say, right under "Remember", that the keyring cannot be used; offer the session.

        "Remember" is unticked and disabled: a password is never kept anywhere else without the
        technician choosing "Remember for this session only".
        """
        self.keyring_available = False
        self.remember_box.setChecked(False)
        self.remember_box.setEnabled(False)
        self.keyring_message.show_warning(message, hint)
        self.session_only_box.setVisible(True)

    def clear_messages(self) -> None:
        """Hide every error and note (before a new attempt)."""
        for message in (
            self.server_message,
            self.login_message,
            self.password_message,
            self.app_message,
            self.signed_in_message,
            self.remember_message,
            self.general_message,
        ):
            message.clear_message()

    def show_input_problems(self) -> bool:
        """Say, next to each field, what must be typed before signing in; True if anything."""
        login = self.login_edit.text().strip()
        problems: list[tuple[InlineMessage, str]] = []
        if not login:
            problems.append(
                (
                    self.login_message,
                    self.tr("Login: type the e-mail address of the admin account."),
                )
            )
        elif "@" not in login:
            problems.append((
                self.login_message,
                self.tr("Login: a Rainbow login is an e-mail address, e.g. name@partner.com."),
            ))  # fmt: skip
        if not self.password_edit.text():
            problems.append(
                (self.password_message, self.tr("Password: type the password of this account."))
            )
        if bool(self.app_id_edit.text().strip()) != bool(self.app_secret_edit.text()):
            problems.append((
                self.app_message,
                self.tr("Application: type both the application id and its secret, or neither."),
            ))  # fmt: skip
            self.advanced.set_expanded(True)
        for message, text in problems:
            message.show_error(text)
        return bool(problems)

    def show_failure(self, failure: Failure) -> QLineEdit | None:
        """Show a sign-in failure next to the field it concerns (``Failure.field``, decided once
        in ``services.failures``); returns the field to correct, if any."""
        places: dict[str | None, tuple[InlineMessage, QLineEdit | None]] = {
            Field.LOGIN: (self.login_message, self.login_edit),
            Field.PASSWORD: (self.password_message, self.password_edit),
            Field.APPLICATION: (self.app_message, self.app_secret_edit),
            Field.SERVER: (self.server_message, None),
        }
        message, field = places.get(failure.field, (self.general_message, None))
        message.show_error(failure.message, failure.hint)
        if failure.field == Field.APPLICATION:
            self.advanced.set_expanded(True)
        return field
