"""LSPs, areas, organisations, roles and invitations moved to the tenancy app (issue 11).
Their tables stay where they are: this migration changes Django's state only."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('strategies', '0001_initial'),
        ('tenancy', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='engagementactivity',
                    name='lsp',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(app_label)s_%(class)s_set', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='engagementactivity',
                    name='organiser',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='engagement', to='tenancy.organisation'),
                ),
                migrations.AlterField(
                    model_name='equalityimpactassessment',
                    name='lsp',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(app_label)s_%(class)s_set', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='evidence',
                    name='lsp',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(app_label)s_%(class)s_set', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='historicalengagementactivity',
                    name='lsp',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='historicalengagementactivity',
                    name='organiser',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.organisation'),
                ),
                migrations.AlterField(
                    model_name='historicalequalityimpactassessment',
                    name='lsp',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='historicalevidence',
                    name='lsp',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='historicallinkedplan',
                    name='lsp',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='historicallinkedplan',
                    name='owner',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.organisation', verbose_name='owner organisation'),
                ),
                migrations.AlterField(
                    model_name='historicalneighbourhoodplan',
                    name='lsp',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='historicalneighbourhoodplan',
                    name='organisation',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.organisation', verbose_name='submitted by'),
                ),
                migrations.AlterField(
                    model_name='historicalplanissue',
                    name='lsp',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='historicalpriority',
                    name='lsp',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='historicalstrategy',
                    name='lsp',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='linkedplan',
                    name='lsp',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(app_label)s_%(class)s_set', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='linkedplan',
                    name='owner',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='linked_plans', to='tenancy.organisation', verbose_name='owner organisation'),
                ),
                migrations.AlterField(
                    model_name='neighbourhoodplan',
                    name='lsp',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(app_label)s_%(class)s_set', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='neighbourhoodplan',
                    name='organisation',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='neighbourhood_plans', to='tenancy.organisation', verbose_name='submitted by'),
                ),
                migrations.AlterField(
                    model_name='planissue',
                    name='lsp',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(app_label)s_%(class)s_set', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='priority',
                    name='lsp',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(app_label)s_%(class)s_set', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='strategy',
                    name='lsp',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(app_label)s_%(class)s_set', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='strategycomment',
                    name='lsp',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(app_label)s_%(class)s_set', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='strategyreminder',
                    name='lsp',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(app_label)s_%(class)s_set', to='tenancy.lsp'),
                ),
            ],
            database_operations=[],
        ),
    ]
