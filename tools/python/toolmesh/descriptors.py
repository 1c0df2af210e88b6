"""Small helpers over protobuf descriptors that differ between runtime versions."""


def is_repeated(field) -> bool:
    """True for a `repeated` field. Runtimes from 6.x on replace `label` with `is_repeated`."""
    if hasattr(field, "is_repeated"):
        return bool(field.is_repeated)
    return field.label == field.LABEL_REPEATED
