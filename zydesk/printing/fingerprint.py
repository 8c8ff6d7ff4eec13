"""The short content fingerprint printed in the footer: matches a signed paper to the file that printed it."""

import hashlib
import json

from ..model import Form


def canonical_json(form: Form) -> str:
    return json.dumps(form.model_dump(mode="json"), sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def fingerprint(form: Form) -> str:
    """First 8 hex digits of SHA-256 over the form's canonical JSON (keys sorted, no spaces, UTF-8)."""
    return hashlib.sha256(canonical_json(form).encode("utf-8")).hexdigest()[:8]
