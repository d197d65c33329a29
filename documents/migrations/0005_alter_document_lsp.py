"""LSPs, areas, organisations, roles and invitations moved to the tenancy app (issue 11).
Their tables stay where they are: this migration changes Django's state only."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('documents', '0004_kind_declared_by_apps'),
        ('tenancy', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='document',
                    name='lsp',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(app_label)s_%(class)s_set', to='tenancy.lsp'),
                ),
            ],
            database_operations=[],
        ),
    ]
