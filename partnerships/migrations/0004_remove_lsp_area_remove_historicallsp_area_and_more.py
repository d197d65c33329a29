"""LSPs, areas, organisations, roles and invitations moved to the tenancy app (issue 11).
Their tables stay where they are: this migration changes Django's state only."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('accounts', '0004_remove_invitation_accepted_by_and_more'),
        ('documents', '0005_alter_document_lsp'),
        ('laa', '0009_alter_accountableaction_accountable_and_more'),
        ('partnerships', '0003_minutes_decisions_actions'),
        ('strategies', '0002_alter_engagementactivity_lsp_and_more'),
        ('tenancy', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name='lsp',
                    name='area',
                ),
                migrations.RemoveField(
                    model_name='historicallsp',
                    name='area',
                ),
                migrations.RemoveField(
                    model_name='historicallsp',
                    name='county_lsp',
                ),
                migrations.RemoveField(
                    model_name='historicallsp',
                    name='history_user',
                ),
                migrations.RemoveField(
                    model_name='historicalorganisation',
                    name='history_user',
                ),
                migrations.RemoveField(
                    model_name='historicalorganisation',
                    name='lsp',
                ),
                migrations.RemoveField(
                    model_name='historicalorganisation_networks',
                    name='history',
                ),
                migrations.RemoveField(
                    model_name='historicalorganisation_networks',
                    name='from_organisation',
                ),
                migrations.RemoveField(
                    model_name='historicalorganisation_networks',
                    name='to_organisation',
                ),
                migrations.RemoveField(
                    model_name='historicalrole',
                    name='granted_by',
                ),
                migrations.RemoveField(
                    model_name='historicalrole',
                    name='history_user',
                ),
                migrations.RemoveField(
                    model_name='historicalrole',
                    name='lsp',
                ),
                migrations.RemoveField(
                    model_name='historicalrole',
                    name='organisation',
                ),
                migrations.RemoveField(
                    model_name='historicalrole',
                    name='user',
                ),
                migrations.RemoveField(
                    model_name='lsp',
                    name='county_lsp',
                ),
                migrations.AlterField(
                    model_name='historicalpartnership',
                    name='lsp',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.lsp'),
                ),
                migrations.RemoveField(
                    model_name='organisation',
                    name='lsp',
                ),
                migrations.AlterField(
                    model_name='historicaldeclaration',
                    name='lsp',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.lsp'),
                ),
                migrations.RemoveField(
                    model_name='role',
                    name='lsp',
                ),
                migrations.AlterField(
                    model_name='historicalmeeting',
                    name='lsp',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='historicalmeetingaction',
                    name='lsp',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='attendance',
                    name='lsp',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(app_label)s_%(class)s_set', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='historicalplanneddecision',
                    name='lsp',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='membership',
                    name='lsp',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(app_label)s_%(class)s_set', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='meeting',
                    name='lsp',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(app_label)s_%(class)s_set', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='partnership',
                    name='lsp',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(app_label)s_%(class)s_set', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='historicalagendaitem',
                    name='lsp',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='declaration',
                    name='lsp',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(app_label)s_%(class)s_set', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='decision',
                    name='lsp',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(app_label)s_%(class)s_set', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='agendaitem',
                    name='lsp',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(app_label)s_%(class)s_set', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='meetingactionupdate',
                    name='lsp',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(app_label)s_%(class)s_set', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='historicaldecision',
                    name='lsp',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='historicalattendance',
                    name='lsp',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='partnershipkind',
                    name='lsp',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(app_label)s_%(class)s_set', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='historicalmembership',
                    name='lsp',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='meetingaction',
                    name='lsp',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(app_label)s_%(class)s_set', to='tenancy.lsp'),
                ),
                migrations.AlterField(
                    model_name='planneddecision',
                    name='lsp',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(app_label)s_%(class)s_set', to='tenancy.lsp'),
                ),
                migrations.RemoveField(
                    model_name='organisation',
                    name='networks',
                ),
                migrations.AlterField(
                    model_name='membership',
                    name='organisation',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='seats', to='tenancy.organisation'),
                ),
                migrations.AlterField(
                    model_name='planneddecision',
                    name='lead_organisation',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='planned_decisions', to='tenancy.organisation'),
                ),
                migrations.AlterField(
                    model_name='meetingaction',
                    name='owner_organisation',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='meeting_actions', to='tenancy.organisation'),
                ),
                migrations.AlterField(
                    model_name='historicalplanneddecision',
                    name='lead_organisation',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.organisation'),
                ),
                migrations.AlterField(
                    model_name='historicalmembership',
                    name='organisation',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.organisation'),
                ),
                migrations.AlterField(
                    model_name='historicalmeetingaction',
                    name='owner_organisation',
                    field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.organisation'),
                ),
                migrations.AlterField(
                    model_name='membership',
                    name='nominated_by',
                    field=models.ForeignKey(blank=True, help_text='Who elected or nominated them, such as a VCS network.', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='nominations', to='tenancy.organisation'),
                ),
                migrations.RemoveField(
                    model_name='role',
                    name='organisation',
                ),
                migrations.AlterField(
                    model_name='historicalmembership',
                    name='nominated_by',
                    field=models.ForeignKey(blank=True, db_constraint=False, help_text='Who elected or nominated them, such as a VCS network.', null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.organisation'),
                ),
                migrations.RemoveField(
                    model_name='role',
                    name='granted_by',
                ),
                migrations.RemoveField(
                    model_name='role',
                    name='user',
                ),
                migrations.DeleteModel(
                    name='Area',
                ),
                migrations.DeleteModel(
                    name='HistoricalLSP',
                ),
                migrations.DeleteModel(
                    name='HistoricalOrganisation',
                ),
                migrations.DeleteModel(
                    name='HistoricalOrganisation_networks',
                ),
                migrations.DeleteModel(
                    name='HistoricalRole',
                ),
                migrations.DeleteModel(
                    name='LSP',
                ),
                migrations.DeleteModel(
                    name='Organisation',
                ),
                migrations.DeleteModel(
                    name='Role',
                ),
            ],
            database_operations=[],
        ),
    ]
