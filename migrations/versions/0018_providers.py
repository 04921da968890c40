"""A CRM connection keeps the server that signs in apart from the API's address

``crm_connection.sign_in_url`` is where the OAuth tokens are refreshed when that is not the API
address: a Salesforce org signs in at ``login.salesforce.com`` (or ``test.salesforce.com``
for a sandbox org) and its API is the ``instance_url`` that comes back with the tokens, kept in
``base_url``. NULL: the API address signs in too (HubSpot). Added in place, no rebuild.

Revision ID: 0018_providers
Revises: 0017_internal_notes
Create Date: 2026-12-03 16:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018_providers"
down_revision: str | None = "0017_internal_notes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("crm_connection", sa.Column("sign_in_url", sa.String(300), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("crm_connection") as batch:
        batch.drop_column("sign_in_url")
