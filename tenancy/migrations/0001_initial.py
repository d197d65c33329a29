"""LSPs, areas, organisations, roles and invitations, moved here from partnerships and
accounts (issue 11) with their tables (Meta.db_table): only Django's state moves, plus
the networks' history table and the content types (so permissions and object grants
that name them carry over)."""

import django.db.models.deletion
import simple_history.models
import tenancy.models
from django.conf import settings
from django.db import migrations, models

MOVED = {
    "partnerships": [
        "area",
        "lsp",
        "historicallsp",
        "organisation",
        "historicalorganisation",
        "historicalorganisation_networks",
        "role",
        "historicalrole",
    ],
    "accounts": ["invitation", "historicalinvitation"],
}


def move_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for app_label, names in MOVED.items():
        ContentType.objects.filter(app_label=app_label, model__in=names).update(
            app_label="tenancy"
        )


def move_content_types_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for app_label, names in MOVED.items():
        ContentType.objects.filter(app_label="tenancy", model__in=names).update(
            app_label=app_label
        )


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('accounts', '0003_calendar_token'),
        ('partnerships', '0003_minutes_decisions_actions'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Area',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('gss_code', models.CharField(max_length=9, unique=True, verbose_name='ONS GSS code')),
                        ('name', models.CharField(max_length=200)),
                        ('official_name', models.CharField(max_length=200)),
                        ('authority_type', models.CharField(choices=[('CTY', 'County'), ('NMD', 'Non-metropolitan district'), ('UA', 'Unitary authority'), ('MD', 'Metropolitan district'), ('LBO', 'London borough'), ('CC', 'City of London')], max_length=3)),
                        ('county', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='districts', to='tenancy.area')),
                    ],
                    options={
                        'db_table': 'partnerships_area',
                        'ordering': ['name'],
                    },
                ),
                migrations.CreateModel(
                    name='LSP',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=200)),
                        ('slug', models.SlugField(help_text='Used in the address of every page of the LSP.', max_length=60, unique=True, validators=[tenancy.models.validate_lsp_slug])),
                        ('level', models.CharField(choices=[('county', 'County'), ('district', 'District'), ('unitary', 'Unitary')], max_length=10)),
                        ('working_model', models.CharField(blank=True, choices=[('aggregation', 'Aggregation'), ('added_value', 'Added value'), ('separatist', 'Separatist')], help_text='How a district LSP works with its county LSP.', max_length=20, verbose_name='two-tier working model')),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('updated_at', models.DateTimeField(auto_now=True)),
                        ('area', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='lsps', to='tenancy.area')),
                        ('county_lsp', models.ForeignKey(blank=True, help_text='For a district LSP in a two-tier area: the county LSP it works with.', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='district_lsps', to='tenancy.lsp', verbose_name='county LSP')),
                    ],
                    options={
                        'verbose_name': 'LSP',
                        'verbose_name_plural': 'LSPs',
                        'db_table': 'partnerships_lsp',
                        'ordering': ['name'],
                    },
                ),
                migrations.CreateModel(
                    name='HistoricalOrganisation',
                    fields=[
                        ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                        ('name', models.CharField(max_length=200)),
                        ('sector', models.CharField(choices=[('local_authority', 'Local authority'), ('health', 'Health'), ('police', 'Police'), ('fire', 'Fire and rescue'), ('employment', 'Employment'), ('education', 'Education'), ('housing', 'Housing'), ('vcs', 'Voluntary and community'), ('business', 'Business'), ('parish', 'Parish or town council'), ('government', 'Regional or government body'), ('other', 'Other')], max_length=20)),
                        ('is_statutory_partner', models.BooleanField(default=False, help_text='Named under the duty to co-operate.', verbose_name='statutory partner')),
                        ('is_network', models.BooleanField(default=False, help_text='A network of organisations, such as a VCS network that elects members.', verbose_name='network')),
                        ('charity_number', models.CharField(blank=True, max_length=20)),
                        ('company_number', models.CharField(blank=True, max_length=20)),
                        ('nhs_ods_code', models.CharField(blank=True, max_length=10, verbose_name='NHS ODS code')),
                        ('created_at', models.DateTimeField(blank=True, editable=False)),
                        ('updated_at', models.DateTimeField(blank=True, editable=False)),
                        ('history_id', models.AutoField(primary_key=True, serialize=False)),
                        ('history_date', models.DateTimeField(db_index=True)),
                        ('history_change_reason', models.CharField(max_length=100, null=True)),
                        ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                        ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('lsp', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.lsp')),
                    ],
                    options={
                        'verbose_name': 'historical organisation',
                        'verbose_name_plural': 'historical organisations',
                        'db_table': 'partnerships_historicalorganisation',
                        'ordering': ('-history_date', '-history_id'),
                        'get_latest_by': ('history_date', 'history_id'),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name='HistoricalLSP',
                    fields=[
                        ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                        ('name', models.CharField(max_length=200)),
                        ('slug', models.SlugField(help_text='Used in the address of every page of the LSP.', max_length=60, validators=[tenancy.models.validate_lsp_slug])),
                        ('level', models.CharField(choices=[('county', 'County'), ('district', 'District'), ('unitary', 'Unitary')], max_length=10)),
                        ('working_model', models.CharField(blank=True, choices=[('aggregation', 'Aggregation'), ('added_value', 'Added value'), ('separatist', 'Separatist')], help_text='How a district LSP works with its county LSP.', max_length=20, verbose_name='two-tier working model')),
                        ('created_at', models.DateTimeField(blank=True, editable=False)),
                        ('updated_at', models.DateTimeField(blank=True, editable=False)),
                        ('history_id', models.AutoField(primary_key=True, serialize=False)),
                        ('history_date', models.DateTimeField(db_index=True)),
                        ('history_change_reason', models.CharField(max_length=100, null=True)),
                        ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                        ('area', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.area')),
                        ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('county_lsp', models.ForeignKey(blank=True, db_constraint=False, help_text='For a district LSP in a two-tier area: the county LSP it works with.', null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.lsp', verbose_name='county LSP')),
                    ],
                    options={
                        'verbose_name': 'historical LSP',
                        'verbose_name_plural': 'historical LSPs',
                        'db_table': 'partnerships_historicallsp',
                        'ordering': ('-history_date', '-history_id'),
                        'get_latest_by': ('history_date', 'history_id'),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name='Organisation',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=200)),
                        ('sector', models.CharField(choices=[('local_authority', 'Local authority'), ('health', 'Health'), ('police', 'Police'), ('fire', 'Fire and rescue'), ('employment', 'Employment'), ('education', 'Education'), ('housing', 'Housing'), ('vcs', 'Voluntary and community'), ('business', 'Business'), ('parish', 'Parish or town council'), ('government', 'Regional or government body'), ('other', 'Other')], max_length=20)),
                        ('is_statutory_partner', models.BooleanField(default=False, help_text='Named under the duty to co-operate.', verbose_name='statutory partner')),
                        ('is_network', models.BooleanField(default=False, help_text='A network of organisations, such as a VCS network that elects members.', verbose_name='network')),
                        ('charity_number', models.CharField(blank=True, max_length=20)),
                        ('company_number', models.CharField(blank=True, max_length=20)),
                        ('nhs_ods_code', models.CharField(blank=True, max_length=10, verbose_name='NHS ODS code')),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('updated_at', models.DateTimeField(auto_now=True)),
                        ('lsp', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(app_label)s_%(class)s_set', to='tenancy.lsp')),
                        ('networks', models.ManyToManyField(blank=True, db_table='partnerships_organisation_networks', help_text='The networks this organisation belongs to.', limit_choices_to={'is_network': True}, related_name='network_members', to='tenancy.organisation')),
                    ],
                    options={
                        'db_table': 'partnerships_organisation',
                        'ordering': ['name'],
                    },
                ),
                migrations.CreateModel(
                    name='Invitation',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('email', models.EmailField(max_length=254)),
                        ('full_name', models.CharField(max_length=200)),
                        ('role', models.CharField(choices=[('coordinator', 'Coordinator'), ('executive', 'Executive member'), ('partner', 'Partner member'), ('scrutineer', 'Scrutineer'), ('mp', 'MP')], max_length=20)),
                        ('token_hash', models.CharField(max_length=64, unique=True)),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('expires_at', models.DateTimeField()),
                        ('accepted_at', models.DateTimeField(blank=True, null=True)),
                        ('accepted_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('invited_by', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('lsp', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='%(app_label)s_%(class)s_set', to='tenancy.lsp')),
                        ('organisation', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, to='tenancy.organisation')),
                    ],
                    options={
                        'db_table': 'accounts_invitation',
                        'ordering': ['-created_at'],
                    },
                ),
                migrations.CreateModel(
                    name='HistoricalRole',
                    fields=[
                        ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                        ('role', models.CharField(choices=[('coordinator', 'Coordinator'), ('executive', 'Executive member'), ('partner', 'Partner member'), ('scrutineer', 'Scrutineer'), ('mp', 'MP')], max_length=20)),
                        ('created_at', models.DateTimeField(blank=True, editable=False)),
                        ('ended_at', models.DateTimeField(blank=True, null=True)),
                        ('history_id', models.AutoField(primary_key=True, serialize=False)),
                        ('history_date', models.DateTimeField(db_index=True)),
                        ('history_change_reason', models.CharField(max_length=100, null=True)),
                        ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                        ('granted_by', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('user', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('lsp', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.lsp')),
                        ('organisation', models.ForeignKey(blank=True, db_constraint=False, help_text='The organisation the person represents in this role.', null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.organisation')),
                    ],
                    options={
                        'verbose_name': 'historical role',
                        'verbose_name_plural': 'historical roles',
                        'db_table': 'partnerships_historicalrole',
                        'ordering': ('-history_date', '-history_id'),
                        'get_latest_by': ('history_date', 'history_id'),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name='HistoricalOrganisation_networks',
                    fields=[
                        ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                        ('m2m_history_id', models.AutoField(primary_key=True, serialize=False)),
                        ('history', models.ForeignKey(db_constraint=False, on_delete=django.db.models.deletion.DO_NOTHING, to='tenancy.historicalorganisation')),
                        ('from_organisation', models.ForeignKey(blank=True, db_constraint=False, db_tablespace='', null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.organisation')),
                        ('to_organisation', models.ForeignKey(blank=True, db_constraint=False, db_tablespace='', null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.organisation')),
                    ],
                    options={
                        'verbose_name': 'HistoricalOrganisation_networks',
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name='HistoricalInvitation',
                    fields=[
                        ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                        ('email', models.EmailField(max_length=254)),
                        ('full_name', models.CharField(max_length=200)),
                        ('role', models.CharField(choices=[('coordinator', 'Coordinator'), ('executive', 'Executive member'), ('partner', 'Partner member'), ('scrutineer', 'Scrutineer'), ('mp', 'MP')], max_length=20)),
                        ('token_hash', models.CharField(db_index=True, max_length=64)),
                        ('created_at', models.DateTimeField(blank=True, editable=False)),
                        ('expires_at', models.DateTimeField()),
                        ('accepted_at', models.DateTimeField(blank=True, null=True)),
                        ('history_id', models.AutoField(primary_key=True, serialize=False)),
                        ('history_date', models.DateTimeField(db_index=True)),
                        ('history_change_reason', models.CharField(max_length=100, null=True)),
                        ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
                        ('accepted_by', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('history_user', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('invited_by', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('lsp', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.lsp')),
                        ('organisation', models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='tenancy.organisation')),
                    ],
                    options={
                        'verbose_name': 'historical invitation',
                        'verbose_name_plural': 'historical invitations',
                        'db_table': 'accounts_historicalinvitation',
                        'ordering': ('-history_date', '-history_id'),
                        'get_latest_by': ('history_date', 'history_id'),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name='Role',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('role', models.CharField(choices=[('coordinator', 'Coordinator'), ('executive', 'Executive member'), ('partner', 'Partner member'), ('scrutineer', 'Scrutineer'), ('mp', 'MP')], max_length=20)),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('ended_at', models.DateTimeField(blank=True, null=True)),
                        ('granted_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('lsp', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='roles', to='tenancy.lsp')),
                        ('organisation', models.ForeignKey(blank=True, help_text='The organisation the person represents in this role.', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='roles', to='tenancy.organisation')),
                        ('user', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='lsp_roles', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'db_table': 'partnerships_role',
                        'ordering': ['role', 'created_at'],
                    },
                ),
                migrations.AddConstraint(
                    model_name='organisation',
                    constraint=models.UniqueConstraint(fields=('lsp', 'name'), name='organisation_unique_name'),
                ),
                migrations.AddIndex(
                    model_name='invitation',
                    index=models.Index(fields=['lsp', '-created_at'], name='accounts_in_lsp_id_240fdc_idx'),
                ),
                migrations.AddIndex(
                    model_name='role',
                    index=models.Index(fields=['lsp', 'user'], name='partnership_lsp_id_f16b4e_idx'),
                ),
                migrations.AddIndex(
                    model_name='role',
                    index=models.Index(fields=['user', 'lsp'], name='partnership_user_id_170ad8_idx'),
                ),
                migrations.AddConstraint(
                    model_name='role',
                    constraint=models.UniqueConstraint(condition=models.Q(('ended_at__isnull', True)), fields=('lsp', 'user', 'role'), name='role_one_current_per_kind'),
                ),
            ],
            database_operations=[
                # simple_history names the networks' history table by app; the one table
                # that moves.
                migrations.RunSQL(
                    'ALTER TABLE "partnerships_historicalorganisation_networks" '
                    'RENAME TO "tenancy_historicalorganisation_networks"',
                    reverse_sql='ALTER TABLE "tenancy_historicalorganisation_networks" '
                    'RENAME TO "partnerships_historicalorganisation_networks"',
                ),
            ],
        ),
        migrations.RunPython(move_content_types, move_content_types_back),
    ]
