"""What every app's services share."""


def validated_save(instance):
    """Save after the model's own checks (``full_clean``), which forms alone do not run for
    commands, tasks and the demo data."""
    instance.full_clean()
    instance.save()
    return instance
