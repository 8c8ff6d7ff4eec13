"""The bundle (one unit's forms for one year) as pydantic models, exactly as FILE-FORMAT.md v1."""

import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr

from .categories import CategoryCode
from .decimals import Dec

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


class FundRow(_Strict):
    initial: Dec | None = None
    annual: Dec | None = None
    executed: Dec | None = None


class Funds(_Strict):
    total: FundRow = Field(default_factory=FundRow)
    fiscal: FundRow = Field(default_factory=FundRow)
    carryover: FundRow = Field(default_factory=FundRow)
    other: FundRow = Field(default_factory=FundRow)


class Execution(_Strict):
    weight: Dec
    score: Dec | None = None


class Goal(_Strict):
    expected: StrictStr = ""
    actual: StrictStr = ""


class Indicator(_Strict):
    category: CategoryCode
    name: StrictStr = ""
    target: StrictStr = ""
    actual: StrictStr = ""
    weight: Dec | None = None
    score: Dec | None = None
    deviation: StrictStr = ""
    assessment: Assessment | None = None


class Form(_Strict):
    id: StrictStr = Field(min_length=1)
    project_name: StrictStr = ""
    department: StrictStr = ""
    implementer: StrictStr = ""
    leader: StrictStr = ""
    phone: StrictStr = ""
    funds: Funds = Field(default_factory=Funds)
    execution: Execution
    goal: Goal = Field(default_factory=Goal)
    indicators: list[Indicator] = Field(default_factory=list)


class Signatures(_Strict):
    preparer: StrictStr = ""
    reviewer: StrictStr = ""
    unit_head: StrictStr = ""
    date: StrictStr = ""


class Bundle(_Strict):
    format: Literal["zydesk"] = FORMAT_NAME
    schema_version: Literal[1] = SCHEMA_VERSION
    title: StrictStr = DEFAULT_TITLE
    # Optional so that a missing year is reported as a finding (year.invalid), not a refused file.
    year: StrictInt | None = None
    policy: StrictStr = DEFAULT_POLICY
    signatures: Signatures = Field(default_factory=Signatures)
    forms: list[Form] = Field(default_factory=list)
