"""The bundle (one unit's forms for one year) as pydantic models, exactly as FILE-FORMAT.md v1."""

import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .categories import CategoryCode
from .decimals import Amount, Points, Text, Title, Year

SCHEMA_VERSION = 1
FORMAT_NAME = "zydesk"
DEFAULT_TITLE = "朝阳区项目支出绩效自评表"
DEFAULT_POLICY = "mof-2020"

Assessment = Literal["achieved", "partial", "not_achieved"]


class _Strict(BaseModel):
    # Unknown keys are refused, never dropped; assignments are validated like loaded values.
    model_config = ConfigDict(extra="forbid", validate_assignment=True, strict=False)


def new_id() -> str:
    return str(uuid.uuid4())


def _new_list() -> list:
    # Not `default_factory=list`: pydantic reads each factory's signature, and the builtin's is parsed with
    # Python's tokenizer, whose first use compiles a large regular expression (≈ 15 M instructions at start).
    return []


class FundRow(_Strict):
    initial: Amount | None = None
    annual: Amount | None = None
    executed: Amount | None = None


class Funds(_Strict):
    total: FundRow = Field(default_factory=FundRow)
    fiscal: FundRow = Field(default_factory=FundRow)
    carryover: FundRow = Field(default_factory=FundRow)
    other: FundRow = Field(default_factory=FundRow)


class Execution(_Strict):
    weight: Points
    score: Points | None = None


class Goal(_Strict):
    expected: Text = ""
    actual: Text = ""


class Indicator(_Strict):
    category: CategoryCode
    name: Text = ""
    target: Text = ""
    actual: Text = ""
    weight: Points | None = None
    score: Points | None = None
    deviation: Text = ""
    assessment: Assessment | None = None


class Form(_Strict):
    id: Text = Field(min_length=1)
    project_name: Text = ""
    department: Text = ""
    implementer: Text = ""
    leader: Text = ""
    phone: Text = ""
    funds: Funds = Field(default_factory=Funds)
    execution: Execution
    goal: Goal = Field(default_factory=Goal)
    indicators: list[Indicator] = Field(default_factory=_new_list)


class Signatures(_Strict):
    preparer: Text = ""
    reviewer: Text = ""
    unit_head: Text = ""
    date: Text = ""


class Bundle(_Strict):
    format: Literal["zydesk"] = FORMAT_NAME
    schema_version: Literal[1] = SCHEMA_VERSION
    title: Title = DEFAULT_TITLE
    # Optional so that a missing year is reported as a finding (year.invalid), not a refused file.
    year: Year | None = None
    policy: Text = DEFAULT_POLICY
    signatures: Signatures = Field(default_factory=Signatures)
    forms: list[Form] = Field(default_factory=_new_list)
