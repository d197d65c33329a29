"""Reads about LSPs, roles and people. Each takes the LSP and/or the person explicitly."""

from collections import defaultdict
from dataclasses import dataclass

from lsp_portal.permissions import RoleName
from partnerships.models import LSP, Organisation, Role


def current_roles_in(*, lsp, user) -> list[Role]:
    return list(Role.objects.for_lsp(lsp).current().filter(user=user))


@dataclass
class PartnershipWithRoles:
    lsp: LSP
    role_names: list[str]


def partnerships_of(*, user) -> list[PartnershipWithRoles]:
    """Every LSP the person has a current role in, with those roles, in one query."""
    roles = (
        Role.objects.current()
        .filter(user=user)
        .select_related("lsp", "lsp__area", "organisation")
        .order_by("lsp__name", "role")
    )
    by_lsp: dict[int, PartnershipWithRoles] = {}
    for role in roles:
        entry = by_lsp.setdefault(role.lsp_id, PartnershipWithRoles(role.lsp, []))
        label = role.get_role_display()
        if role.organisation:
            label += f" ({role.organisation.name})"
        entry.role_names.append(label)
    return list(by_lsp.values())


def people_by_role(*, lsp) -> list[tuple[str, list[Role]]]:
    """Current roles of an LSP grouped under each role's name, in the matrix's order."""
    grouped: dict[str, list[Role]] = defaultdict(list)
    roles = (
        Role.objects.for_lsp(lsp)
        .current()
        .select_related("user", "organisation")
        .order_by("user__full_name")
    )
    for role in roles:
        grouped[role.role].append(role)
    return [(name.label, grouped[name.value]) for name in RoleName if grouped[name.value]]


def organisations_of(*, lsp):
    return Organisation.objects.for_lsp(lsp).order_by("name")
