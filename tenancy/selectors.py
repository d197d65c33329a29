"""Reads about LSPs, the roles people hold in them and the people of an LSP."""

from collections import defaultdict
from dataclasses import dataclass

from lsp_portal.permissions import RoleName
from tenancy.models import LSP, Role


def current_roles_in(*, lsp, user) -> list[Role]:
    return list(Role.objects.for_lsp(lsp).current().filter(user=user))


@dataclass
class PartnershipWithRoles:
    lsp: LSP
    role_names: list[str]


@dataclass(frozen=True)
class RoleSet:
    """A person's current roles in every LSP: what the tenancy check asks (the roles held
    in one LSP, by its id) and what the header's partnership switcher lists."""

    roles_by_lsp: dict[int, frozenset[str]]
    partnerships: list[PartnershipWithRoles]

    def roles_in(self, lsp) -> frozenset[str]:
        return self.roles_by_lsp.get(lsp.pk, frozenset())


def roles_everywhere(*, user) -> RoleSet:
    """The person's current roles in every LSP, with the LSPs' rows, in one query.

    Uncached; ``tenancy.caches.role_set_of`` keeps it between requests."""
    roles = (
        Role.objects.current()
        .filter(user=user)
        .select_related("lsp", "lsp__area", "organisation")
        .order_by("lsp__name", "role")
    )
    by_lsp: dict[int, PartnershipWithRoles] = {}
    names: dict[int, set[str]] = defaultdict(set)
    for role in roles:
        entry = by_lsp.setdefault(role.lsp_id, PartnershipWithRoles(role.lsp, []))
        label = role.get_role_display()
        if role.organisation:
            label += f" ({role.organisation.name})"
        entry.role_names.append(label)
        names[role.lsp_id].add(role.role)
    return RoleSet(
        roles_by_lsp={lsp_id: frozenset(held) for lsp_id, held in names.items()},
        partnerships=list(by_lsp.values()),
    )


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
