"""Who holds a document's lock, in one sentence (the lock dialog, the read-only banner, save refusals)."""

from ..lockfile import LockInfo


def owner_text(info: LockInfo | None) -> str:
    if info is None:
        return "另一位用户打开了这个文件（锁文件无法读取，不知道是谁）。"
    if info.is_ours():
        when = info.since.replace("T", " ")[:16]
        return f"这个文件已在本程序的另一个窗口中打开（自 {when} 起）。"
    return f"{info.describe()}打开了这个文件。"
