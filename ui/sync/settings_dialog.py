"""CRM settings: connect HubSpot (or the local sandbox), test the credentials, disconnect.

Secrets go from the fields straight to the core, which keeps them in the system keychain; the
dialog never writes them to QSettings, the store or a log, and clears the fields once connected.
Where no safe keychain exists it says so and offers to keep them for this session only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
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

from ui.sync.controller import Credentials, SyncController
from ui.tasks import LongTask, message_for

if TYPE_CHECKING:
    from cs_desktop.sync.connection import Connected, ConnectionCheck
    from cs_desktop.sync.credentials import KeychainStatus
    from cs_desktop.sync.status import SyncOverview

# The same as cs_desktop.sync.connection.HUBSPOT_URL and the sandbox's default port; kept here
# so that opening the dialog does not import the sync core (and httpx) on the GUI thread.
HUBSPOT_URL = "https://api.hubapi.com"
SANDBOX_URL = "http://127.0.0.1:8765"
SERVERS = (("HubSpot", HUBSPOT_URL), ("Local sandbox (crm-sandbox)", SANDBOX_URL))
TOKEN, OAUTH = 0, 1


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
        self.setWindowTitle(self.tr("CRM sync settings"))
        self.setMinimumWidth(560)

        self.state_label = QLabel(self.tr("Reading the connection…"))
        self.state_label.setWordWrap(True)
        self.state_label.setAccessibleName(self.tr("Connection state"))
        self.state_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.crm = QComboBox()
        self.crm.addItem("HubSpot")
        self.crm.setAccessibleName(self.tr("CRM"))
        self.server = QComboBox()
        for name, url in SERVERS:
            self.server.addItem(self.tr(name), url)
        self.server.addItem(self.tr("Another address"), "")
        self.server.setAccessibleName(self.tr("Server"))
        self.base_url = QLineEdit(HUBSPOT_URL)
        self.base_url.setAccessibleName(self.tr("Server address"))
        self.auth_kind = QComboBox()
        self.auth_kind.addItem(self.tr("Private-app token"))
        self.auth_kind.addItem(self.tr("OAuth app (client ID, secret and refresh token)"))
        self.auth_kind.setAccessibleName(self.tr("Sign in with"))
        self.token = self._secret_field(self.tr("Private-app token"))
        self.client_id = QLineEdit()
        self.client_id.setAccessibleName(self.tr("OAuth client ID"))
        self.client_secret = self._secret_field(self.tr("OAuth client secret"))
        self.refresh_token = self._secret_field(self.tr("OAuth refresh token"))
        self.interval = QSpinBox()
        self.interval.setRange(0, 240)
        self.interval.setSuffix(self.tr(" min"))
        self.interval.setSpecialValueText(self.tr("Only when I choose Sync now"))
        self.interval.setAccessibleName(self.tr("Sync in the background every"))
        self.interval.setValue(controller.interval_minutes())

        self.form = form = QFormLayout()
        form.addRow(self.tr("&CRM:"), self.crm)
        form.addRow(self.tr("&Server:"), self.server)
        form.addRow(self.tr("&Address:"), self.base_url)
        form.addRow(self.tr("Sign in &with:"), self.auth_kind)
        form.addRow(self.tr("To&ken:"), self.token)
        form.addRow(self.tr("Client &ID:"), self.client_id)
        form.addRow(self.tr("Client s&ecret:"), self.client_secret)
        form.addRow(self.tr("&Refresh token:"), self.refresh_token)
        form.addRow(self.tr("Sync e&very:"), self.interval)

        self.keychain_box = QFrame()
        self.keychain_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.keychain_label = QLabel()
        self.keychain_label.setWordWrap(True)
        self.keychain_label.setAccessibleName(self.tr("Keychain warning"))
        self.session_only = QCheckBox(self.tr("&Use the credentials for this session only"))
        keychain_layout = QVBoxLayout(self.keychain_box)
        keychain_layout.addWidget(self.keychain_label)
        keychain_layout.addWidget(self.session_only)
        self.keychain_box.hide()

        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("Result"))
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.connect_button = QPushButton(self.tr("C&onnect"))
        self.disconnect_button = QPushButton(self.tr("&Disconnect"))
        self.close_button = QPushButton(self.tr("Close"))
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

        self.server.currentIndexChanged.connect(self._on_server_changed)
        self.auth_kind.currentIndexChanged.connect(self._show_auth_fields)
        self.interval.valueChanged.connect(controller.set_interval_minutes)
        self.test_button.clicked.connect(self.test_connection)
        self.connect_button.clicked.connect(self.connect_crm)
        self.disconnect_button.clicked.connect(self.disconnect_crm)
        self.close_button.clicked.connect(self.accept)
        self._show_auth_fields()
        self._set_busy(True)
        self.load()

    def _secret_field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        return field

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

        self.runner.read("Read the CRM connection", read, self._on_loaded, self._on_failed)

    def _on_loaded(self, state: tuple[SyncOverview, KeychainStatus, str]) -> None:
        self.overview, self.keychain, kept = state
        overview = self.overview
        if overview.connected:
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
            self.state_label.setText(
                self.tr("Connected to HubSpot at %1 with %2; %3.")
                .replace("%1", overview.base_url or "")
                .replace("%2", how)
                .replace("%3", where)
            )
            self._select_server(overview.base_url or HUBSPOT_URL)
        else:
            self.state_label.setText(
                self.tr("Not connected. Everything stays on this computer until you connect a CRM.")
            )
        self._show_keychain(None)
        self._set_busy(False)
        self.loaded.emit()

    def _select_server(self, url: str) -> None:
        index = self.server.findData(url)
        self.server.setCurrentIndex(index if index >= 0 else self.server.count() - 1)
        self.base_url.setText(url)

    def _on_server_changed(self, index: int) -> None:
        url = self.server.itemData(index)
        if url:
            self.base_url.setText(url)
        else:
            self.base_url.setFocus()

    def _show_auth_fields(self) -> None:
        oauth = self.auth_kind.currentIndex() == OAUTH
        for field, shown in (
            (self.token, not oauth),
            (self.client_id, oauth),
            (self.client_secret, oauth),
            (self.refresh_token, oauth),
        ):
            self.form.setRowVisible(field, shown)
        self.adjustSize()

    def _show_keychain(self, refusal: str | None) -> None:
        """Warn when secrets cannot be kept safely; ``refusal`` is the keychain's own answer."""
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
        self.disconnect_button.setEnabled(not busy and connected)

    def _on_failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.result_label.setText(message_for(error))
        self.finished_work.emit()

    # -- actions -----------------------------------------------------------------------------
    def credentials(self) -> Credentials | None:
        """What the fields hold, or None (with the reason shown) when something is missing."""
        url = self.base_url.text().strip()
        if not url.startswith(("http://", "https://")):
            self._missing(self.base_url, self.tr("Enter the server address (https://…)."))
            return None
        if self.auth_kind.currentIndex() == TOKEN:
            token = self.token.text().strip()
            if not token:
                self._missing(self.token, self.tr("Enter the private-app token."))
                return None
            return Credentials(url, token=token)
        fields = (self.client_id, self.client_secret, self.refresh_token)
        for field in fields:
            if not field.text().strip():
                self._missing(
                    field, self.tr("Enter the %1.").replace("%1", field.accessibleName().lower())
                )
                return None
        client_id, secret, refresh = (field.text().strip() for field in fields)
        return Credentials(url, oauth=(client_id, secret, refresh))

    def _missing(self, field: QWidget, message: str) -> None:
        self.result_label.setText(message)
        field.setFocus()

    def test_connection(self) -> None:
        credentials = self.credentials()
        if credentials is None:
            return

        def work(_task: LongTask) -> ConnectionCheck:
            from cs_desktop.sync.connection import check_hubspot

            return check_hubspot(
                credentials.base_url, token=credentials.token, oauth=credentials.oauth
            )

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
        credentials = self.credentials()
        if credentials is None:
            return
        insecure = self.keychain is not None and not self.keychain.secure
        if insecure and not self.session_only.isChecked():
            self.result_label.setText(
                self.tr("Tick “Use the credentials for this session only” to connect anyway.")
            )
            self.session_only.setFocus()
            return
        self._set_busy(True)
        self.result_label.setText(self.tr("Connecting…"))
        self.controller.connect_crm(
            credentials,
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
                "Connected; credentials kept %1. %2 local records will be sent at the next sync."
            )
            .replace("%1", kept)
            .replace("%2", str(connected.queued))
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

        def done(_was_connected: bool) -> None:
            self.result_label.setText(
                self.tr(
                    "Disconnected; the credentials are forgotten. Changes waiting stay here and "
                    "are sent if you connect again."
                )
            )
            self.finished_work.emit()
            self.load()

        self.controller.disconnect_crm(done)
