"""Reading bundle files with clear, path-naming refusals, and saving them atomically with a backup."""

import errno
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .atomicfile import copy_file, write_file
from .boundedread import read_refusal, read_regular
from .model import FORMAT_NAME, Bundle
from .model.limits import parse_json_float, parse_json_int, quote, text_problem
from .model.migrations import MigrationError, migrate
from .rules.policy import policy_ids

MAX_FILE_BYTES = 20 * 1024 * 1024
BACKUP_SUFFIX = ".bak"
MAX_KEY_CHARS = 200

_PYDANTIC_MESSAGES = {
    "missing": "缺少此项",
    "extra_forbidden": "未知的键",
    "decimal": "不是有效的数字",
    "string_type": "应为文本",
    "int_type": "应为整数",
    "int_parsing": "应为整数",
    "int_from_float": "应为整数",
    "list_type": "应为列表",
    "model_type": "应为对象",
    "dict_type": "应为对象",
    "model_attributes_type": "应为对象",
    "literal_error": "不是允许的值",
    "string_too_short": "不能为空",
    "string_unicode": "含有无效字符（不成对的代理项）",
}


class LoadError(Exception):
    """A file that cannot be opened as a bundle; `reason` names the place, in Chinese."""

    def __init__(self, path: str | os.PathLike, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


class SaveError(Exception):
    """A save that did not happen; the file on disk is what it was before."""

    def __init__(self, path: str | os.PathLike, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


def backup_path(path: str | os.PathLike) -> Path:
    path = Path(path)
    return path.with_name(path.name + BACKUP_SUFFIX)


# Keys already found within the limits (the format's few dozen names, in practice): an object whose keys are
# all here and distinct is taken in one C-speed step. Bounded, so a file of a million odd keys cannot grow it.
_KEYS_SEEN: set[str] = set()
_KEYS_SEEN_MAX = 512


def _refuse_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = dict(pairs)
    if len(result) == len(pairs) and _KEYS_SEEN.issuperset(result):
        return result
    result = {}
    for key, value in pairs:
        problem = text_problem(key, MAX_KEY_CHARS)
        if problem is not None:
            raise _Refused(f"键“{quote(key)}”：{problem}")
        if key in result:
            raise _Refused(f"{quote(key)}: 键重复出现")
        result[key] = value
    if len(_KEYS_SEEN) + len(result) <= _KEYS_SEEN_MAX:
        _KEYS_SEEN.update(result)
    return result


def _refuse_constant(name: str) -> Any:
    raise _Refused(f"不是有效的 JSON 数字：{quote(name)}")


class _Refused(Exception):
    pass


def _format_loc(loc: tuple) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += ("." if text else "") + quote(str(part))
    return text


def _describe(error: dict) -> str:
    message = _PYDANTIC_MESSAGES.get(error["type"], error["msg"])
    if error["type"] == "literal_error":
        expected = error.get("ctx", {}).get("expected", "")
        message = f"{message}（应为 {expected}）" if expected else message
    return message


def parse_bundle(text: str) -> Bundle:
    """Text of a file to a Bundle, or _Refused/LoadError-ready messages via ValueError."""
    try:
        raw = json.loads(text, parse_float=parse_json_float, parse_int=parse_json_int,
                         parse_constant=_refuse_constant, object_pairs_hook=_refuse_duplicates)
    except json.JSONDecodeError as exc:
        if text.strip() and text.lstrip()[0] not in "{[":
            # Text that never was JSON (notes, a CSV, another program's file) is not a damaged bundle.
            raise _Refused("不是 zydesk 文件（内容不是 JSON，可能是文本、表格或其他程序的文件）") from None
        raise _Refused(f"第 {exc.lineno} 行第 {exc.colno} 列：不是有效的 JSON（文件损坏或不完整）") from None
    if not isinstance(raw, dict):
        raise _Refused("不是 zydesk 文件（内容应为一个 JSON 对象）")
    if raw.get("format") != FORMAT_NAME:
        found = raw.get("format")
        raise _Refused("format: 不是 zydesk 文件" + ("" if found is None else f"（format 为 {quote(found)}）"))
    try:
        raw = migrate(raw)
    except MigrationError as exc:
        raise _Refused(str(exc)) from None
    try:
        bundle = Bundle.model_validate(raw)
    except ValidationError as exc:
        errors = exc.errors()
        first = errors[0]
        more = f"（另有 {len(errors) - 1} 处错误）" if len(errors) > 1 else ""
        raise _Refused(f"{_format_loc(first['loc'])}: {_describe(first)}{more}") from None
    if bundle.policy not in policy_ids():
        raise _Refused(f"policy: 未知的评分规则“{quote(bundle.policy)}”（可用：{'、'.join(policy_ids())}）")
    return bundle


def loads(text: str, source: str = "<text>") -> Bundle:
    try:
        return parse_bundle(text)
    except _Refused as exc:
        raise LoadError(source, str(exc)) from None
    except RecursionError:
        raise LoadError(source, "文件嵌套过深，不是 zydesk 文件") from None


def load(path: str | os.PathLike) -> Bundle:
    """Read a bundle file; every failure is a LoadError whose reason names the place."""
    path = Path(path)
    try:
        data = read_regular(path, MAX_FILE_BYTES)
    except OSError as exc:
        raise LoadError(path, read_refusal(exc)) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LoadError(path, f"第 {exc.start} 字节：不是 UTF-8 编码的文本") from None
    return loads(text, str(path))


def file_stamp(path: str | os.PathLike) -> str | None:
    """A fingerprint of the file's content (to notice another program's save), or None when unreadable."""
    try:
        return hashlib.sha256(read_regular(path, MAX_FILE_BYTES)).hexdigest()
    except OSError:
        return None


def dumps(bundle: Bundle) -> str:
    """The file text: indented 2, keys in model order, Chinese kept readable, decimals as strings."""
    return json.dumps(bundle.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def write_atomic(path: str | os.PathLike, text: str, keep_backup: bool = True, mode: int | None = None) -> None:
    """Write text to path so that a crash at any moment leaves the old or the new file, complete."""
    path = Path(path)

    def backup() -> None:
        if keep_backup and path.exists():
            _copy_backup(path)

    try:
        write_file(path, text.encode("utf-8"), before_replace=backup, mode=mode)
    except OSError as exc:
        raise SaveError(path, _save_reason(exc)) from None


def _copy_backup(path: Path) -> None:
    # Copy (not rename) so the document itself is never absent; the copy keeps the old file's mode.
    copy_file(path, backup_path(path))


def _save_reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "磁盘空间不足，未保存（原文件未改动）"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "没有写入权限，未保存（原文件未改动）"
    if exc.errno == errno.ENOENT:
        return "文件夹不存在或网络路径已断开，未保存"
    return f"保存失败（{exc.strerror or exc}），原文件未改动"


def save(bundle: Bundle, path: str | os.PathLike) -> None:
    write_atomic(path, dumps(bundle))
