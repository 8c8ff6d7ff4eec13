"""The bundle model of FILE-FORMAT.md: pydantic classes, the level vocabulary, migrations."""

from .bundle import (
    DEFAULT_POLICY,
    DEFAULT_TITLE,
    FORMAT_NAME,
    SCHEMA_VERSION,
    Assessment,
    Bundle,
    Execution,
    Form,
    FundRow,
    Funds,
    Goal,
    Indicator,
    Signatures,
    new_id,
)
from .categories import (
    ASSESSMENT_LABELS,
    CATEGORIES,
    CATEGORY_BY_CODE,
    FUND_COLUMNS,
    FUND_ROWS,
    LEVEL1_BY_CODE,
    LEVEL1S,
    Category,
    Level1,
    categories_of,
)
from .decimals import plain, tidy

__all__ = [
    "ASSESSMENT_LABELS", "CATEGORIES", "CATEGORY_BY_CODE", "DEFAULT_POLICY", "DEFAULT_TITLE",
    "FORMAT_NAME", "FUND_COLUMNS", "FUND_ROWS", "LEVEL1S", "LEVEL1_BY_CODE", "SCHEMA_VERSION",
    "Assessment", "Bundle", "Category", "Execution", "Form", "FundRow", "Funds", "Goal",
    "Indicator", "Level1", "Signatures", "categories_of", "new_id", "plain", "tidy",
]
