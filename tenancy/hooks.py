"""What the floors above do when tenancy's rows change, without tenancy knowing them.

An app registers a function in its ``AppConfig.ready``; tenancy calls each one:

- ``on_role_changed(fn)``: ``fn(role)`` after any save of a role (granted, ended, or
  edited in the admin). The LAA keeps its accountability grants in step this way.
- ``on_lsp_set_up(fn)``: ``fn(lsp)`` after the platform administrator saves an LSP in the
  admin. Partnerships gives a new LSP its default kinds of partnership this way.
"""

from collections.abc import Callable

_role_changed: list[Callable] = []
_lsp_set_up: list[Callable] = []


def on_role_changed(fn: Callable) -> Callable:
    if fn not in _role_changed:
        _role_changed.append(fn)
    return fn


def on_lsp_set_up(fn: Callable) -> Callable:
    if fn not in _lsp_set_up:
        _lsp_set_up.append(fn)
    return fn


def role_changed(role) -> None:
    for fn in _role_changed:
        fn(role)


def lsp_set_up(lsp) -> None:
    for fn in _lsp_set_up:
        fn(lsp)
