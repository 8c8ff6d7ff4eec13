"""Checks before a workbook is read: a regular file, not too large, not a zip bomb, not encrypted."""

import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..boundedread import read_refusal, read_regular

MAX_WORKBOOK_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_ZIP_MEMBERS = 10_000
_MB = 1024 * 1024
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED = "工作簿已加密（设有打开密码），请先在 Excel/WPS 中取消密码后另存"
# An .ods saved with a password lists how each encrypted part is encrypted in its manifest.
_ODS_MANIFEST = "META-INF/manifest.xml"
_MAX_MANIFEST_BYTES = 1024 * 1024
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
# An encrypted .xlsx is an OLE2 container holding these streams (names in UTF-16 in its directory).
_ENCRYPTED_STREAMS = tuple(name.encode("utf-16-le") for name in ("EncryptedPackage", "EncryptionInfo"))


class WorkbookError(Exception):
    """A workbook that cannot be read at all; `reason` is one Chinese line."""

    def __init__(self, path: str | os.PathLike, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


@dataclass(frozen=True)
class Checked:
    """A workbook that passed the checks: its bytes and its kind (xlsx, ods or xls)."""

    data: bytes
    kind: str


def check_workbook(path: str | os.PathLike) -> Checked:
    path = Path(path)
    try:
        data = read_regular(path, MAX_WORKBOOK_BYTES)
    except OSError as exc:
        raise WorkbookError(path, read_refusal(exc, "工作簿")) from None
    if data.startswith(OLE2):
        if any(name in data for name in _ENCRYPTED_STREAMS):
            raise WorkbookError(path, ENCRYPTED)
        return Checked(data, "xls")
    if data.startswith(ZIP_MAGICS):
        return Checked(data, _zip_kind(path, data))
    if not data:
        raise WorkbookError(path, "空文件，不是工作簿")
    raise WorkbookError(path, "不是 Excel/WPS 工作簿（可读取 .xlsx、.xlsm、.xls、.ods）")


def _zip_kind(path: Path, data: bytes) -> str:
    import io

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            encrypted = _ods_encrypted(archive)
    except (zipfile.BadZipFile, ValueError, EOFError, OSError):
        raise WorkbookError(path, "工作簿已损坏或不完整（压缩包无法打开）") from None
    if not members:
        raise WorkbookError(path, "空的压缩包，不是工作簿")
    if len(members) > MAX_ZIP_MEMBERS:
        raise WorkbookError(path, f"压缩包内文件过多（{len(members)} 个），不是正常的工作簿")
    unpacked = sum(m.file_size for m in members)
    if unpacked > MAX_UNPACKED_BYTES:
        raise WorkbookError(path, f"解压后过大（{unpacked // _MB} MB，上限 {MAX_UNPACKED_BYTES // _MB} MB），不读取")
    names = {m.filename for m in members}
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "content.xml" in names:
        if encrypted:
            raise WorkbookError(path, ENCRYPTED)
        return "ods"
    if "xl/workbook.bin" in names:
        raise WorkbookError(path, "是 .xlsb 二进制工作簿，请在 Excel/WPS 中另存为 .xlsx 后再导入")
    raise WorkbookError(path, "压缩包中没有工作表，不是工作簿")


def _ods_encrypted(archive: zipfile.ZipFile) -> bool:
    info = archive.NameToInfo.get(_ODS_MANIFEST)
    if info is None or info.file_size > _MAX_MANIFEST_BYTES:
        return False
    with archive.open(info) as handle:
        return b"encryption-data" in handle.read(_MAX_MANIFEST_BYTES)
