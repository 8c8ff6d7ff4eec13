"""Upgrades of raw file dicts from older schema versions, one registered step per version."""

from collections.abc import Callable

from .bundle import SCHEMA_VERSION

RawBundle = dict
Migration = Callable[[RawBundle], RawBundle]

# MIGRATIONS[n] turns a version-n dict into a version-(n+1) dict.
MIGRATIONS: dict[int, Migration] = {}


class MigrationError(Exception):
    """The file's schema_version cannot be brought to the current one."""


def register(from_version: int) -> Callable[[Migration], Migration]:
    def decorate(step: Migration) -> Migration:
        MIGRATIONS[from_version] = step
        return step
    return decorate


def migrate(raw: RawBundle, current: int | None = None) -> RawBundle:
    """Apply every step from the file's version up to `current` (the program's version by default)."""
    target = SCHEMA_VERSION if current is None else current
    version = raw.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise MigrationError("schema_version: 应为整数")
    if version < 1:
        raise MigrationError(f"schema_version: 无效的版本 {version}")
    if version > target:
        raise MigrationError(
            f"schema_version: 文件版本 {version} 比本程序支持的版本 {target} 新，请升级 zydesk"
        )
    while version < target:
        step = MIGRATIONS.get(version)
        if step is None:
            raise MigrationError(f"schema_version: 没有从版本 {version} 升级的方法")
        raw = step(dict(raw))
        version += 1
        raw["schema_version"] = version
    return raw
