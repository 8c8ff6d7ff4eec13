"""A finding: one problem of one field, with a stable code, a severity and a Chinese message."""

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]
SEVERITY_LABELS: dict[str, str] = {"error": "错误", "warning": "警告"}


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    path: str
    message: str

    def as_dict(self) -> dict[str, str]:
        return {"code": self.code, "severity": self.severity, "path": self.path, "message": self.message}


def count(findings: list[Finding], severity: Severity) -> int:
    return sum(1 for f in findings if f.severity == severity)
