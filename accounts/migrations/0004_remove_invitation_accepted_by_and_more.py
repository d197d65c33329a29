"""LSPs, areas, organisations, roles and invitations moved to the tenancy app (issue 11).
Their tables stay where they are: this migration changes Django's state only."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('tenancy', '0001_initial'),
        ('accounts', '0003_calendar_token'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name='invitation',
                    name='accepted_by',
                ),
                migrations.RemoveField(
                    model_name='invitation',
                    name='invited_by',
                ),
                migrations.RemoveField(
                    model_name='invitation',
                    name='lsp',
                ),
                migrations.RemoveField(
                    model_name='invitation',
                    name='organisation',
                ),
                migrations.DeleteModel(
                    name='HistoricalInvitation',
                ),
                migrations.DeleteModel(
                    name='Invitation',
                ),
            ],
            database_operations=[],
        ),
    ]
