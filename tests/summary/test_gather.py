"""Reading a folder in worker processes gives exactly the rows, order and skipped files of reading it in turn."""

import shutil
from pathlib import Path

from conftest import EXAMPLE, bundle_of, clean_form
from zydesk import storage
from zydesk.summary import gather as gathering
from zydesk.summary.columns import entry_cells


def _folder(tmp_path):
    """Twenty files (more than the pool's threshold) with broken and non-bundle files among them."""
    root = tmp_path / "各单位"
    root.mkdir()
    for i in range(18):
        if i % 3 == 0:
            shutil.copy(EXAMPLE, root / f"{i:02d}-example.zyd.json")
        else:
            storage.save(bundle_of(clean_form(id=f"f{i}", department=f"单位{i}"), clean_form(id=f"g{i}")),
                         root / f"{i:02d}.zyd.json")
    (root / "07-坏.zyd.json").write_text('{"format": "zydesk", "forms": [', encoding="utf-8")
    (root / "11-说明.txt").write_text("不是表", encoding="utf-8")
    return root


def _read(root, pool: bool, monkeypatch):
    monkeypatch.setattr(gathering, "POOL_MIN_FILES", 1 if pool else 10**9)
    monkeypatch.setattr(gathering, "workers", lambda files: 2 if pool else 1)
    seen = []
    found = gathering.gather([root], on_skip=seen.append)
    return found, seen


def test_pool_gives_the_rows_and_skips_of_reading_in_turn(tmp_path, monkeypatch):
    root = _folder(tmp_path)
    serial, serial_seen = _read(root, False, monkeypatch)
    pooled, pooled_seen = _read(root, True, monkeypatch)
    assert serial.files == pooled.files == 18 and len(serial.rows) == 6 * 4 + 12 * 2
    assert [[c.text for c in entry_cells(r)] for r in pooled.rows] == [[c.text for c in entry_cells(r)]
                                                                       for r in serial.rows]
    assert pooled.rows == serial.rows
    assert pooled.skipped == serial.skipped == serial_seen == pooled_seen
    assert [Path(s.path).name for s in pooled.skipped] == ["07-坏.zyd.json", "11-说明.txt"]


def test_a_few_files_are_read_in_this_process():
    assert gathering.workers(3) == 1
    assert gathering.workers(400) >= 1
