"""LSPs, organisations, roles and invitations moved from partnerships and accounts to
tenancy (issue 11) without moving a row: a database in the old layout, with the demo's
data, migrates forward and keeps every row, and its content types follow the models."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from tenancy.models import LSP, Role

# The last migration of each app before the move.
BEFORE_THE_MOVE = [
    ("accounts", "0003_calendar_token"),
    ("partnerships", "0003_minutes_decisions_actions"),
    ("documents", "0004_kind_declared_by_apps"),
    ("laa", "0008_figure_import_leases_backfill"),
    ("strategies", "0001_initial"),
    ("tenancy", None),
]


def row_counts() -> dict[str, int]:
    with connection.cursor() as cursor:
        counts = {}
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f'SELECT COUNT(*) FROM "{table}"')  # noqa: S608 (our own names)
            counts[table] = cursor.fetchone()[0]
    return counts


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor


@pytest.mark.django_db(transaction=True)
def test_the_demo_database_moves_to_the_tenancy_layout_keeping_every_row():
    call_command("seed_demo", "--without-packs", stdout=open("/dev/null", "w"))  # noqa: SIM115
    head = MigrationExecutor(connection).loader.graph.leaf_nodes()
    applied_at_head = row_counts()["django_migrations"]
    try:
        executor = migrate(BEFORE_THE_MOVE)
        old = executor.loader.project_state(
            [target for target in BEFORE_THE_MOVE if target[1] is not None]
        ).apps
        before = row_counts()
        # The old layout reads the demo through its own models.
        assert old.get_model("partnerships", "LSP").objects.count() == 4
        assert old.get_model("partnerships", "Role").objects.count() == before["partnerships_role"]
        assert old.get_model("accounts", "Invitation").objects.count() >= 0
        assert "partnerships_historicalorganisation_networks" in before
        old_types = old.get_model("contenttypes", "ContentType").objects
        assert old_types.filter(app_label="partnerships", model="lsp").exists()
        assert not old_types.filter(app_label="tenancy").exists()
    finally:
        migrate(head)

    after = row_counts()
    assert after.pop("django_migrations") == applied_at_head
    before.pop("django_migrations")
    networks = before.pop("partnerships_historicalorganisation_networks")
    assert after.pop("tenancy_historicalorganisation_networks") == networks
    for table in set(after) - set(before):  # added by later migrations (board packs): empty
        assert after.pop(table) == 0, table
    assert after == before  # every other table, every row
    assert LSP.objects.count() == 4 and Role.objects.count() == before["partnerships_role"]
    assert ContentType.objects.get_for_model(LSP).app_label == "tenancy"
    assert not ContentType.objects.filter(app_label="partnerships", model="lsp").exists()
