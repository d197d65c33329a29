from django import template

register = template.Library()


@register.filter
def lookup(mapping, key):
    """``mapping[key]``, or None: the pack finds each withheld segment's pages by its id."""
    return (mapping or {}).get(key)
