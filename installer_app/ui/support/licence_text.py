"""The summary of the WebRTC gateway's licence agreement, shown before the gateway is activated.

The text is a summary for the technician, not the agreement itself: the full terms are in the
Rainbow portal, and the summary says so. It is marked for translation with
``QT_TRANSLATE_NOOP`` so ``lupdate`` extracts it; show it through :func:`licence_text`, which
returns it in the user's language when a translation is loaded.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

#: Translation context of the licence text.
CONTEXT = "LicenceText"

LICENCE_SUMMARY: str = str(
    QT_TRANSLATE_NOOP(
        "LicenceText",
        "WebRTC gateway – summary of the licence agreement\n"
        "\n"
        "This is a summary of the licence agreement of the Rainbow WebRTC gateway. It "
        "does not replace the agreement: the full terms are in the Rainbow portal, and "
        "they prevail over this summary.\n"
        "\n"
        "1. What the gateway does\n"
        "The WebRTC gateway lets Rainbow users make and receive calls through this OXO "
        "Connect from a web browser, the Rainbow desktop application or a mobile phone, "
        "with their PBX number.\n"
        "\n"
        "2. Who accepts\n"
        "You accept on behalf of the customer company the PBX is declared for. Accept "
        "only if the customer has authorised you to do so.\n"
        "\n"
        "3. Use of the service\n"
        "The gateway is provided as part of the Rainbow service, for the customer's own "
        "business communications, within the limits of the customer's Rainbow "
        "subscription and of the licences installed on the PBX.\n"
        "\n"
        "4. Data\n"
        "To route calls, Rainbow processes call signalling and media between the PBX and "
        "Rainbow users. This processing follows the Rainbow data protection terms "
        "published in the Rainbow portal.\n"
        "\n"
        "5. Emergency calls\n"
        "Calls made through the gateway may not reach emergency services, or may not give"
        " the caller's location. Make sure users have another way to call emergency "
        "services.\n"
        "\n"
        "6. Availability and charges\n"
        "Availability, support and any charges follow the customer's Rainbow "
        "subscription. Deactivating the gateway later stops the service; it does not by "
        "itself end the subscription.\n"
        "\n"
        "7. Where to read the full terms\n"
        "Sign in to the Rainbow portal as the company's administrator and open the terms "
        "of the WebRTC gateway before accepting if you have any doubt. Activating the "
        "gateway can also be done later, from the Rainbow portal.\n",
    )
)


def licence_text() -> str:
    """The licence summary in the user's language (English when no translation is loaded)."""
    return QCoreApplication.translate(CONTEXT, LICENCE_SUMMARY)
