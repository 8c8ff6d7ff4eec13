"""The JSON Schema of file format v1, generated from the pydantic model, for other programs that read or write it."""

import json
import typing
from decimal import Decimal

from pydantic import BaseModel

from .model import SCHEMA_VERSION, Bundle

SCHEMA_ID = f"https://zydesk.invalid/schema/zydesk-v{SCHEMA_VERSION}.schema.json"
# A decimal as a string ("3248.639548"); readers also accept a JSON number, read exactly.
DECIMAL_PATTERN = r"^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$"


def _models(model: type[BaseModel], found: dict[str, type[BaseModel]]) -> dict[str, type[BaseModel]]:
    found[model.__name__] = model
    for field in model.model_fields.values():
        for arg in (field.annotation, *typing.get_args(field.annotation)):
            for inner in (arg, *typing.get_args(arg)):
                if isinstance(inner, type) and issubclass(inner, BaseModel) and inner.__name__ not in found:
                    _models(inner, found)
    return found


def _is_decimal(annotation: object) -> bool:
    if annotation is Decimal:
        return True
    if typing.get_origin(annotation) is typing.Annotated:
        return _is_decimal(typing.get_args(annotation)[0])
    return any(_is_decimal(arg) for arg in typing.get_args(annotation))


def _decimal_schema(prop: dict) -> None:
    number = {"type": ["string", "number"], "pattern": DECIMAL_PATTERN}
    if "anyOf" in prop:
        prop["anyOf"] = [number if option.get("type") == "string" else option for option in prop["anyOf"]]
    else:
        prop.pop("type", None)
        prop.update(number)


def bundle_schema() -> dict:
    """Draft 2020-12 schema of a bundle file; decimals are strings (or JSON numbers) with a decimal pattern."""
    schema = Bundle.model_json_schema()
    defs = schema.get("$defs", {})
    for name, model in _models(Bundle, {}).items():
        target = schema if model is Bundle else defs.get(name)
        if target is None:
            continue
        for field_name, field in model.model_fields.items():
            if _is_decimal(field.annotation):
                _decimal_schema(target["properties"][field_name])
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID,
            "description": f"zydesk 项目支出绩效自评表文件，格式版本 {SCHEMA_VERSION}（FILE-FORMAT.md）", **schema}


def schema_text() -> str:
    return json.dumps(bundle_schema(), ensure_ascii=False, indent=2) + "\n"
