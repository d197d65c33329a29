"""LSPs, areas, organisations, roles and invitations moved to the tenancy app (issue 11).
Their tables stay where they are: this migration changes Django's state only."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('laa', '0008_figure_import_leases_backfill'),
        ('tenancy', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='accountableaction',
                    name='accountable',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='accountable_actions', to='tenancy.organisation', verbose_name='accountable organisation'),
                ),
                migrations.AlterField(
                    model_name='accountableaction',
                    name='lsp',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(app_label)s_%(class)s_set', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='accountableactionupdate',
                    name='lsp',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(app_label)s_%(class)s_set', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='agreementoutcome',
                    name='accountable',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='accountable_for', to='tenancy.organisation', verbose_name='accountable organisation'),
                ),
                migrations.AlterField(
                    model_name='agreementoutcome',
                    name='contributors',
                    field=models.ManyToManyField(blank=True, related_name='contributes_to', to='tenancy.organisation'),
                ),
                migrations.AlterField(
                    model_name='agreementoutcome',
                    name='lsp',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(app_label)s_%(class)s_set', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='agreementparty',
                    name='lsp',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(app_label)s_%(class)s_set', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='agreementparty',
                    name='organisation',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='agreement_parties', to='tenancy.organisation'),
                ),
                migrations.AlterField(
                    model_name='block',
                    name='lsp',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(app_label)s_%(class)s_set', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='commitment',
                    name='lsp',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(app_label)s_%(class)s_set', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='commitment',
                    name='organisation',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='commitments', to='tenancy.organisation'),
                ),
                migrations.AlterField(
                    model_name='figureimport',
                    name='lsp',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(app_label)s_%(class)s_set', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='historicalaccountableaction',
                    name='accountable',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.organisation', verbose_name='accountable organisation'),
                ),
                migrations.AlterField(
                    model_name='historicalaccountableaction',
                    name='lsp',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='historicalagreementoutcome',
                    name='accountable',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.organisation', verbose_name='accountable organisation'),
                ),
                migrations.AlterField(
                    model_name='historicalagreementoutcome',
                    name='lsp',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='historicalagreementoutcome_contributors',
                    name='organisation',
                    field=models.ForeignKey(blank=True, db_constraint=False, db_tablespace='', null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.organisation'),
                ),
                migrations.AlterField(
                    model_name='historicalagreementparty',
                    name='lsp',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='historicalagreementparty',
                    name='organisation',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.organisation'),
                ),
                migrations.AlterField(
                    model_name='historicalblock',
                    name='lsp',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='historicalcommitment',
                    name='lsp',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='historicalcommitment',
                    name='organisation',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.organisation'),
                ),
                migrations.AlterField(
                    model_name='historicalindicator',
                    name='lsp',
                    field=models.ForeignKey(blank=True, db_constraint=False, help_text='Empty for the National Indicator Set.', null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='historicalindicatorcorrection',
                    name='lsp',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='historicallocalareaagreement',
                    name='lsp',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='historicalmeasurement',
                    name='lsp',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='historicaloutcome',
                    name='lsp',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='historicalpartnershipagreement',
                    name='lsp',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='historicalperformancesettings',
                    name='lsp',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='historicaltarget',
                    name='district',
                    field=models.ForeignKey(blank=True, db_constraint=False, help_text="A district's share of a county outcome; empty for the whole county. The district submits its own figures for it.", null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='historicaltarget',
                    name='lsp',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='historicaltargetyear',
                    name='lsp',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='indicator',
                    name='lsp',
                    field=models.ForeignKey(blank=True, help_text='Empty for the National Indicator Set.', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='local_indicators', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='indicatorcorrection',
                    name='lsp',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(app_label)s_%(class)s_set', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='localareaagreement',
                    name='lsp',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(app_label)s_%(class)s_set', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='measurement',
                    name='lsp',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(app_label)s_%(class)s_set', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='outcome',
                    name='lsp',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(app_label)s_%(class)s_set', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='partnershipagreement',
                    name='lsp',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(app_label)s_%(class)s_set', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='performancesettings',
                    name='lsp',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(app_label)s_%(class)s_set', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='target',
                    name='district',
                    field=models.ForeignKey(blank=True, help_text="A district's share of a county outcome; empty for the whole county. The district submits its own figures for it.", null=True, on_delete=django.db.models.deletion.PROTECT, related_name='county_targets', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='target',
                    name='lsp',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(app_label)s_%(class)s_set', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='targetyear',
                    name='lsp',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(app_label)s_%(class)s_set', to='tenancy.lsp'),
                ),
            ],
            database_operations=[],
        ),
    ]
