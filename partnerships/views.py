from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.forms import InvitationForm
from lsp_portal import permissions
from partnerships import selectors
from tenancy.access import get_for_lsp, lsp_view, role_set_of_request
from tenancy.models import Invitation, Role
from tenancy.selectors import people_by_role
from tenancy.services import invitation_create, role_end


@login_required
@require_GET
def your_partnerships(request):
    """Landing page: every LSP the person has a role in, with those roles."""
    return render(request, "partnerships/your_partnerships.html")


@login_required
@require_GET
def switch_partnership(request):
    """The header's LSP switcher posts here without JavaScript; go to the chosen LSP."""
    slug = request.GET.get("lsp", "")
    for entry in role_set_of_request(request).partnerships:
        if entry.lsp.slug == slug:
            return redirect("portal:lsp-home", lsp_slug=slug)
    return redirect("partnerships:your-partnerships")


@lsp_view(permissions.MANAGE_PEOPLE)
@require_GET
def people(request):
    lsp = request.lsp
    return render(
        request,
        "partnerships/people.html",
        {
            "people_by_role": people_by_role(lsp=lsp),
            "invitations": Invitation.objects.for_lsp(lsp)
            .filter(accepted_at__isnull=True)
            .select_related("organisation", "invited_by"),
        },
    )


@lsp_view(permissions.MANAGE_PEOPLE)
@require_http_methods(["GET", "POST"])
def invite(request):
    lsp = request.lsp
    form = InvitationForm(request.POST or None, organisations=selectors.organisations_of(lsp=lsp))
    if request.method == "POST" and form.is_valid():
        invitation = invitation_create(
            lsp=lsp,
            actor=request.user,
            base_url=request.build_absolute_uri("/"),
            **form.cleaned_data,
        )
        messages.success(request, f"Invitation sent to {invitation.email}.")
        return redirect("partnerships:people", lsp_slug=lsp.slug)
    return render(request, "partnerships/invite.html", {"form": form})


@lsp_view(permissions.MANAGE_PEOPLE)
@require_POST
def end_role(request, role_id):
    role = get_for_lsp(Role.objects.current().select_related("user"), request.lsp, pk=role_id)
    role_end(role=role, actor=request.user)
    messages.success(request, f"{role.user} is no longer {role.get_role_display().lower()}.")
    return redirect("partnerships:people", lsp_slug=request.lsp.slug)
