"""CRM settings: choose a CRM (every one the registry holds), its server (or the local
sandbox), test the credentials, connect, disconnect.

The choices come from :mod:`cs_desktop.sync.providers`: which CRMs, their default addresses,
how each signs in (private-app token, OAuth app with or without a client secret) and, for a
CRM that signs in apart from its API (Salesforce), its sign-in servers (a production or a
sandbox org). An OAuth app signs in through the browser (:mod:`cs_desktop.sync.oauth`): the
dialog opens the CRM's consent page and waits, with Cancel, for it to come back; pasting a
refresh token stays possible for a computer whose browser cannot reach the app.

Secrets go from the fields straight to the core, which keeps them in the system keychain; the
dialog never writes them to QSettings, the store or a log, and clears the fields once connected.
Where no safe keychain exists it says so and offers to keep them for this session only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cs_desktop.i18n import _
from cs_desktop.sync.providers import Credentials, Provider, all_providers
from ui.forms import add_form_row
from ui.sync.controller import ConnectRequest, SyncController
from ui.tasks import LongTask, message_for
from ui.translation import Words, is_language_change, item_texts, two_sentences

if TYPE_CHECKING:
    from cs_desktop.sync.connection import Connected, ConnectionCheck
    from cs_desktop.sync.credentials import KeychainStatus
    from cs_desktop.sync.oauth import SignedIn
    from cs_desktop.sync.status import SyncOverview

# The sandbox's default port (the registry itself is light: reading it imports no httpx).
SANDBOX_URL = "http://127.0.0.1:8765"
DEFAULT, SANDBOX, OTHER = "default", "sandbox", "other"  # the server choices
TOKEN, OAUTH = 0, 1  # the sign-in choices of a CRM that has both


class CrmSettingsDialog(QDialog):
    """Signals ``loaded`` (the state is shown) and ``finished_work`` (a test, connect or
    disconnect has answered) let tests wait without sleeping."""

    loaded = Signal()
    finished_work = Signal()

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.runner = controller.runner
        self.overview: SyncOverview | None = None
        self.keychain: KeychainStatus | None = None
        self._kept: str | None = None  # where the credentials are, once the state is read
        self._refusal: str | None = None
        words = self.words = Words()
        words.bind(self.setWindowTitle, lambda: self.tr("CRM sync settings"))
        self.setMinimumWidth(560)

        self.state_label = QLabel(self.tr("Reading the connection…"))
        self.state_label.setWordWrap(True)
        words.bind(self.state_label.setAccessibleName, lambda: self.tr("Connection state"))
        self.state_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.providers = all_providers()
        self.crm = QComboBox()
        for provider in self.providers:
            self.crm.addItem(provider.label, provider.key)  # a brand: the same in every language
        words.bind(self.crm.setAccessibleName, lambda: self.tr("CRM"))
        self.server = QComboBox()
        for choice in (DEFAULT, SANDBOX, OTHER):
            self.server.addItem("", choice)
        words.bind(
            item_texts(self.server),
            lambda: [
                self.provider.label,
                self.tr("Local sandbox (crm-sandbox)"),
                self.tr("Another address"),
            ],
        )
        words.bind(self.server.setAccessibleName, lambda: self.tr("Server"))
        self.base_url = QLineEdit(self.providers[0].api_url or "")
        words.bind(self.base_url.setAccessibleName, lambda: self.tr("Server address"))
        # Where a CRM that signs in apart from its API signs in (a production or sandbox org).
        self.org = QComboBox()
        words.bind(self.org.setAccessibleName, lambda: self.tr("Organization"))
        self.auth_kind = QComboBox()
        words.bind(self.auth_kind.setAccessibleName, lambda: self.tr("Sign in with"))
        self.token = self._secret_field()
        words.bind(self.token.setAccessibleName, lambda: self.tr("Private-app token"))
        self.client_id = QLineEdit()
        self.client_secret = self._secret_field()
        words.bind(self.client_secret.setAccessibleName, lambda: self.tr("OAuth client secret"))
        self.refresh_token = self._secret_field()
        words.bind(self.refresh_token.setAccessibleName, lambda: self.tr("OAuth refresh token"))
        words.bind(
            self.refresh_token.setPlaceholderText,
            lambda: self.tr("Only to paste one instead of signing in"),
        )
        self.sign_in_button = QPushButton()
        words.bind(self.sign_in_button.setText, lambda: self.tr("Sign in with the &browser…"))
        self.cancel_sign_in_button = QPushButton()
        words.bind(self.cancel_sign_in_button.setText, lambda: self.tr("C&ancel sign-in"))
        self.cancel_sign_in_button.hide()
        self.sign_in_row = QWidget()
        sign_in_layout = QHBoxLayout(self.sign_in_row)
        sign_in_layout.setContentsMargins(0, 0, 0, 0)
        sign_in_layout.addWidget(self.sign_in_button)
        sign_in_layout.addWidget(self.cancel_sign_in_button)
        sign_in_layout.addStretch(1)
        # Shows the CRM's consent page; tests replace it with a client that follows it.
        self.open_browser: Callable[[str], object] = lambda url: QDesktopServices.openUrl(QUrl(url))
        self.signing_in: LongTask | None = None
        self._closed = False
        self.interval = QSpinBox()
        self.interval.setRange(0, 240)
        words.bind(self.interval.setSuffix, lambda: self.tr(" min"))
        words.bind(
            self.interval.setSpecialValueText, lambda: self.tr("Only when I choose Sync now")
        )
        words.bind(self.interval.setAccessibleName, lambda: self.tr("Sync in the background every"))
        self.interval.setValue(controller.interval_minutes())

        self.form = form = QFormLayout()
        labels: dict[QWidget, QLabel] = {}
        for text, field in (
            (lambda: self.tr("&CRM:"), self.crm),
            (lambda: self.tr("&Server:"), self.server),
            (lambda: self.tr("&Address:"), self.base_url),
            (lambda: self.tr("O&rganization:"), self.org),
            (lambda: self.tr("Sign in &with:"), self.auth_kind),
            (lambda: self.tr("To&ken:"), self.token),
            (lambda: self.tr("Client &ID:"), self.client_id),
            (lambda: self.tr("Client s&ecret:"), self.client_secret),
            (lambda: self.tr("Sign in:"), self.sign_in_row),
            (lambda: self.tr("&Refresh token:"), self.refresh_token),
            (lambda: self.tr("Sync e&very:"), self.interval),
        ):
            labels[field] = add_form_row(form, words, text, field)
        self.client_id_label = labels[self.client_id]

        self.keychain_box = QFrame()
        self.keychain_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.keychain_label = QLabel()
        self.keychain_label.setWordWrap(True)
        words.bind(self.keychain_label.setAccessibleName, lambda: self.tr("Keychain warning"))
        self.session_only = QCheckBox()
        words.bind(
            self.session_only.setText, lambda: self.tr("&Use the credentials for this session only")
        )
        keychain_layout = QVBoxLayout(self.keychain_box)
        keychain_layout.addWidget(self.keychain_label)
        keychain_layout.addWidget(self.session_only)
        self.keychain_box.hide()

        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        words.bind(self.result_label.setAccessibleName, lambda: self.tr("Result"))
        self.test_button = QPushButton()
        words.bind(self.test_button.setText, lambda: self.tr("&Test connection"))
        self.connect_button = QPushButton()
        words.bind(self.connect_button.setText, lambda: self.tr("C&onnect"))
        self.disconnect_button = QPushButton()
        words.bind(self.disconnect_button.setText, lambda: self.tr("&Disconnect"))
        self.close_button = QPushButton()
        words.bind(self.close_button.setText, lambda: self.tr("Close"))
        buttons = QHBoxLayout()
        for button in (self.test_button, self.connect_button, self.disconnect_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addLayout(form)
        layout.addWidget(self.keychain_box)
        layout.addWidget(self.result_label)
        layout.addLayout(buttons)

        self.crm.currentIndexChanged.connect(self._on_crm_changed)
        self.server.currentIndexChanged.connect(self._on_server_changed)
        self.auth_kind.currentIndexChanged.connect(self._show_auth_fields)
        self.interval.valueChanged.connect(controller.set_interval_minutes)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.cancel_sign_in_button.clicked.connect(self.cancel_sign_in)
        self.test_button.clicked.connect(self.test_connection)
        self.connect_button.clicked.connect(self.connect_crm)
        self.disconnect_button.clicked.connect(self.disconnect_crm)
        self.close_button.clicked.connect(self.accept)
        self._on_crm_changed()
        self._set_busy(True)
        self.load()

    def _secret_field(self) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def changeEvent(self, event: QEvent) -> None:
        if is_language_change(event):
            self.words.refresh()
            self._name_choices()
            if self._kept is not None:
                self._show_state(self._kept)
            self._show_keychain(self._refusal)
        super().changeEvent(event)

    # -- state -------------------------------------------------------------------------------
    def load(self) -> None:
        """Read the connection and ask the keychain whether it is safe (both off the GUI)."""

        def read(connection: Any) -> tuple[SyncOverview, KeychainStatus, str]:
            from cs_desktop.sync.credentials import (
                kept_for_session_only,
                keychain_status,
                load_secret,
            )
            from cs_desktop.sync.status import sync_overview

            overview = sync_overview(connection)
            account = overview.account_name or ""
            if not overview.connected:
                kept = ""
            elif kept_for_session_only(account):
                kept = "session"
            else:
                kept = "keychain" if load_secret(account) is not None else "missing"
            return overview, keychain_status(), kept

        self.runner.read(self.tr("Read the CRM connection"), read, self._on_loaded, self._on_failed)

    def _on_loaded(self, state: tuple[SyncOverview, KeychainStatus, str]) -> None:
        self.overview, self.keychain, kept = state
        self._show_state(kept)
        if self.overview.connected:
            self._select_connected(self.overview)
        self._show_keychain(None)
        self._set_busy(False)
        self.loaded.emit()

    def _show_state(self, kept: str) -> None:
        """Say whether a CRM is connected and where its credentials are kept."""
        self._kept = kept
        overview = self.overview
        if overview is not None and overview.connected:
            how = (
                self.tr("a private-app token")
                if overview.auth_kind == "private_app"
                else self.tr("OAuth")
            )
            where = {
                "session": self.tr("credentials kept for this session only (no system keychain)"),
                "keychain": self.tr("credentials in the system keychain"),
            }.get(
                kept,
                self.tr(
                    "<b>but its credentials are not in the keychain</b> (locked, reset or "
                    "unavailable): enter them and Connect again"
                ),
            )
            connected = (
                self.tr("Connected to %4 at %1 with %2; %3.")
                .replace("%1", overview.base_url or "")
                .replace("%2", how)
                .replace("%3", where)
                .replace("%4", overview.label)
            )
            limits = overview.limits
            if limits.day_limit is not None and limits.day_used is not None:
                used = (
                    self.tr("At the last sync, %1 of the %2 API requests allowed a day were used.")
                    .replace("%1", QLocale().toString(limits.day_used))
                    .replace("%2", QLocale().toString(limits.day_limit))
                )
                connected = two_sentences(connected, used)
            self.state_label.setText(connected)
        else:
            self.state_label.setText(
                self.tr("Not connected. Everything stays on this computer until you connect a CRM.")
            )

    # -- the CRM and its fields --------------------------------------------------------------
    @property
    def provider(self) -> Provider:
        """The CRM chosen at the top."""
        return self.providers[max(0, self.crm.currentIndex())]

    def _on_crm_changed(self) -> None:
        """Offer what the chosen CRM signs in with, its servers and its organizations."""
        provider = self.provider
        self.server.setItemText(0, provider.label)
        servers = provider.oauth.servers if provider.oauth is not None else ()
        self.org.blockSignals(True)
        self.org.clear()
        for server in servers:
            self.org.addItem("", server.key)
        self.org.blockSignals(False)
        kinds = provider.auth_kinds
        self.auth_kind.blockSignals(True)
        self.auth_kind.clear()
        for kind in kinds:
            self.auth_kind.addItem("", kind)
        self.auth_kind.blockSignals(False)
        self._name_choices()
        self.server.setCurrentIndex(0)
        self._on_server_changed(0)
        self._show_auth_fields()

    def _name_choices(self) -> None:
        """The words of the choices that depend on the CRM (again after a language change)."""
        provider = self.provider
        servers = provider.oauth.servers if provider.oauth is not None else ()
        for index, server in enumerate(servers):
            self.org.setItemText(index, _(server.label))
        names = {
            "private_app": self.tr("Private-app token"),
            "oauth": self.tr("OAuth app (sign in through the browser)"),
        }
        for index in range(self.auth_kind.count()):
            self.auth_kind.setItemText(index, names[self.auth_kind.itemData(index)])
        if provider.oauth is not None and provider.oauth.consumer_key:
            label, name = self.tr("Consumer &key:"), self.tr("connected app's consumer key")
        else:
            label, name = self.tr("Client &ID:"), self.tr("OAuth client ID")
        self.client_id_label.setText(label)
        self.client_id.setAccessibleName(name)

    def _select_connected(self, overview: SyncOverview) -> None:
        """Show the connected CRM, its server and organization."""
        index = self.crm.findData(overview.provider)
        if index >= 0 and index != self.crm.currentIndex():
            self.crm.setCurrentIndex(index)  # refills the choices
        provider = self.provider
        url = overview.base_url or ""
        org = next(
            (
                server
                for server in (provider.oauth.servers if provider.oauth else ())
                if server.url == overview.sign_in_url
            ),
            None,
        )
        if org is not None:
            self.server.setCurrentIndex(0)
            self.org.setCurrentIndex(self.org.findData(org.key))
        elif provider.api_url is not None and url == provider.api_url:
            self.server.setCurrentIndex(0)
        else:
            self.server.setCurrentIndex(1 if url == SANDBOX_URL else 2)
        self.base_url.setText(url if org is not None else (overview.sign_in_url or url))
        kind = self.auth_kind.findData(overview.auth_kind)
        if kind >= 0:
            self.auth_kind.setCurrentIndex(kind)

    def _signs_in_at_org(self) -> bool:
        """Whether the chosen CRM signs in at an organization's server, not at an address."""
        return self.server.currentData() == DEFAULT and self.org.count() > 0

    def _on_server_changed(self, index: int) -> None:
        choice = self.server.itemData(index)
        if choice == DEFAULT:
            self.base_url.setText(self.provider.api_url or "")
        elif choice == SANDBOX:
            self.base_url.setText(SANDBOX_URL)
        else:
            self.base_url.setFocus()
        at_org = self._signs_in_at_org()
        self.form.setRowVisible(self.base_url, not at_org)
        self.form.setRowVisible(self.org, at_org)
        self.adjustSize()

    def _show_auth_fields(self) -> None:
        oauth = self.auth_kind.currentData() == "oauth"
        spec = self.provider.oauth
        for field, shown in (
            (self.token, not oauth),
            (self.client_id, oauth),
            (self.client_secret, oauth and spec is not None and spec.client_secret),
            (self.sign_in_row, oauth),
            (self.refresh_token, oauth),
        ):
            self.form.setRowVisible(field, shown)
        self.adjustSize()

    def _show_keychain(self, refusal: str | None) -> None:
        """Warn when secrets cannot be kept safely; ``refusal`` is the keychain's own answer."""
        self._refusal = refusal
        keychain = self.keychain
        reason = refusal or (
            keychain.reason if keychain is not None and not keychain.secure else ""
        )
        if not reason:
            self.keychain_box.hide()
            self.adjustSize()
            return
        self.keychain_label.setText(
            self.tr(
                "<b>Your credentials cannot be saved safely.</b> %1. "
                "CS Desktop never writes them to a file; tick the box to keep them in memory "
                "until you quit, and connect again next time."
            ).replace("%1", reason[:1].upper() + reason[1:])
        )
        self.keychain_box.show()
        self.adjustSize()  # grow to fit rather than squeeze the form

    def _set_busy(self, busy: bool) -> None:
        connected = self.overview is not None and self.overview.connected
        self.test_button.setEnabled(not busy)
        self.connect_button.setEnabled(not busy)
        self.sign_in_button.setEnabled(not busy)
        self.disconnect_button.setEnabled(not busy and connected)

    def _on_failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.result_label.setText(message_for(error))
        self.finished_work.emit()

    # -- actions -----------------------------------------------------------------------------
    def _server_url(self) -> str | None:
        """Where the chosen CRM signs in: the chosen organization's server, else the address
        (None, the reason shown, when the address is not one)."""
        if self._signs_in_at_org():
            return self.provider.server(str(self.org.currentData())).url
        url = self.base_url.text().strip()
        if not url.startswith(("http://", "https://")):
            self._missing(self.base_url, self.tr("Enter the server address (https://…)."))
            return None
        return url

    def _request(self, credentials: Credentials, base_url: str | None = None) -> ConnectRequest:
        """Credentials for the chosen CRM, with its API address when it is known here."""
        if base_url is None and not self._signs_in_at_org():
            base_url = self.base_url.text().strip()
        return ConnectRequest(self.provider.key, base_url, credentials)

    def _sign_in_url(self, server_url: str) -> str | None:
        """The server kept apart from the API address: only for a CRM that signs in apart."""
        return server_url if self.provider.api_url is None else None

    def credentials(self) -> ConnectRequest | None:
        """What the fields hold, or None (with the reason shown) when something is missing."""
        server_url = self._server_url()
        if server_url is None:
            return None
        if self.auth_kind.currentData() != "oauth":
            token = self.token.text().strip()
            if not token:
                self._missing(self.token, self.tr("Enter the private-app token."))
                return None
            return self._request(Credentials(token=token))
        fields = [self.client_id, self.client_secret, self.refresh_token]
        if not self.form.isRowVisible(self.client_secret):
            fields.remove(self.client_secret)
        for field in fields:
            if not field.text().strip():
                self._missing(field, self.tr("Enter the %1.").replace("%1", field.accessibleName()))
                return None
        secret = self.client_secret.text().strip() if self.client_secret in fields else None
        credentials = Credentials(
            client_id=self.client_id.text().strip(),
            client_secret=secret,
            refresh_token=self.refresh_token.text().strip(),
            sign_in_url=self._sign_in_url(server_url),
        )
        return self._request(credentials)

    def _oauth_app(self) -> tuple[str, str, str | None] | None:
        """The sign-in server, client ID and secret (None for a CRM whose apps have none) a
        browser sign-in needs, or None (the reason shown) when one is missing."""
        url = self._server_url()
        if url is None:
            return None
        fields = [self.client_id]
        if self.form.isRowVisible(self.client_secret):
            fields.append(self.client_secret)
        for field in fields:
            if not field.text().strip():
                self._missing(field, self.tr("Enter the %1.").replace("%1", field.accessibleName()))
                return None
        secret = self.client_secret.text().strip() if self.client_secret in fields else None
        return url, self.client_id.text().strip(), secret

    def sign_in(self) -> None:
        """Open the consent page in the browser and wait (off the GUI thread, with Cancel)
        for it to come back on a loopback port; then connect with the refresh token."""
        app = self._oauth_app()
        if app is None:
            return
        if not self._keychain_allows():
            return
        url, client_id, secret = app

        def show(address: str) -> None:
            def open_it() -> None:
                self.open_browser(address)

            self.runner.on_main(open_it)

        provider = self.provider

        def work(task: LongTask) -> SignedIn:
            from cs_desktop.sync.oauth import sign_in

            return sign_in(
                provider, url, client_id, secret, open_browser=show, cancelled=task.is_cancelled
            )

        task = self.signing_in = LongTask(self.tr("Waiting for the sign-in in the browser"))
        self._set_busy(True)
        self.cancel_sign_in_button.show()
        self.result_label.setText(
            self.tr(
                "Sign in to %1 in the browser window that opened; CS Desktop waits here. "
                "Nothing opened? Check the browser, or paste a refresh token instead."
            ).replace("%1", provider.label)
        )
        self.runner.run_long(task, work, self._on_signed_in, self._on_sign_in_failed)

    def cancel_sign_in(self) -> None:
        if self.signing_in is not None:
            self.signing_in.cancel()

    def done(self, result: int) -> None:
        # Closed while waiting for the browser: stop listening for it (its answer then finds
        # the dialog gone, and is dropped).
        self._closed = True
        self.cancel_sign_in()
        super().done(result)

    def _sign_in_ended(self) -> None:
        self.signing_in = None
        self.cancel_sign_in_button.hide()

    def _on_signed_in(self, signed: SignedIn) -> None:
        if self._closed:
            return
        self._sign_in_ended()
        self.result_label.setText(self.tr("Signed in; connecting…"))
        self.controller.connect_crm(
            self._request(signed.credentials, signed.base_url),
            allow_session_only=self.session_only.isChecked(),
            on_done=self._on_connected,
            on_error=self._on_connect_failed,
        )

    def _on_sign_in_failed(self, error: Exception) -> None:
        from cs_desktop.sync.oauth import SignInCancelled

        if self._closed:
            return
        self._sign_in_ended()
        self._set_busy(False)
        if isinstance(error, SignInCancelled):
            self.result_label.setText(self.tr("Sign-in cancelled; nothing was saved."))
        else:
            self.result_label.setText(message_for(error))
        self.finished_work.emit()

    def _keychain_allows(self) -> bool:
        """False (and why, shown) when no safe keychain exists and the user has not agreed
        to keep the credentials for this session only."""
        insecure = self.keychain is not None and not self.keychain.secure
        if insecure and not self.session_only.isChecked():
            self.result_label.setText(
                self.tr("Tick “Use the credentials for this session only” to connect anyway.")
            )
            self.session_only.setFocus()
            return False
        return True

    def _missing(self, field: QWidget, message: str) -> None:
        self.result_label.setText(message)
        field.setFocus()

    def test_connection(self) -> None:
        request = self.credentials()
        if request is None:
            return
        provider = self.provider
        address = request.base_url or request.credentials.sign_in_url or ""

        def work(_task: LongTask) -> ConnectionCheck:
            from cs_desktop.sync.connection import check_credentials

            return check_credentials(provider, address, request.credentials)

        self._set_busy(True)
        self.result_label.setText(self.tr("Testing…"))
        task = LongTask(self.tr("Testing the CRM connection"), cancellable=False)
        self.runner.run_long(task, work, self._on_tested, self._on_failed)

    def _on_tested(self, check: ConnectionCheck) -> None:
        self._set_busy(False)
        if check.refresh_token:  # rotated by the test: the typed one no longer works
            self.refresh_token.setText(check.refresh_token)
        mark = "✔" if check.ok else "✘"
        self.result_label.setText(f"{mark} {check.message}")
        self.finished_work.emit()

    def connect_crm(self) -> None:
        request = self.credentials()
        if request is None:
            return
        if not self._keychain_allows():
            return
        self._set_busy(True)
        self.result_label.setText(self.tr("Connecting…"))
        self.controller.connect_crm(
            request,
            allow_session_only=self.session_only.isChecked(),
            on_done=self._on_connected,
            on_error=self._on_connect_failed,
        )

    def _on_connected(self, connected: Connected) -> None:
        for field in (self.token, self.client_secret, self.refresh_token):
            field.clear()
        kept = (
            self.tr("in the system keychain")
            if connected.persisted
            else self.tr("for this session only")
        )
        self.result_label.setText(
            self.tr(
                "Connected; credentials kept %1. %Ln change(s) waiting, sent at the next sync.",
                "",
                connected.waiting,
            ).replace("%1", kept)
            + ("" if connected.note is None else f"\n{connected.note}")
        )
        self.finished_work.emit()
        self.load()

    def _on_connect_failed(self, error: Exception) -> None:
        from cs_desktop.sync.credentials import CredentialsRefused

        self._set_busy(False)
        if isinstance(error, CredentialsRefused):
            self._show_keychain(str(error))
            self.result_label.setText(
                self.tr("Not connected: the keychain refused the credentials.")
            )
        else:
            self.result_label.setText(str(error))
        self.finished_work.emit()

    def disconnect_crm(self) -> None:
        self._set_busy(True)

        def done(_was_connected: str | None) -> None:
            self.result_label.setText(
                self.tr(
                    "Disconnected; the credentials are forgotten. Changes waiting stay here and "
                    "are sent if you connect again."
                )
            )
            self.finished_work.emit()
            self.load()

        self.controller.disconnect_crm(done)
