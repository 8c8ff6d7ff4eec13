"""`zydesk print FILE -o OUT.pdf [--forms 1,3] [--no-signatures]`: exit codes, messages, the PDF written."""

import io
import subprocess
import sys

from pypdf import PdfReader

from conftest import EXAMPLE, ROOT
from zydesk import storage
from zydesk.cli import main


def pages(path) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages]


def test_print_writes_the_pdf(tmp_path, capsys):
    out = tmp_path / "forms.pdf"
    assert main(["print", str(EXAMPLE), "-o", str(out)]) == 0
    captured = capsys.readouterr()
    texts = pages(out)
    assert captured.out.strip() == f"已输出 {out}（{len(texts)} 页）"
    assert captured.err == ""
    assert len(texts) >= 4
    assert "填报人" in "".join(texts)


def test_print_selected_forms_without_signatures(tmp_path, capsys):
    out = tmp_path / "two.pdf"
    assert main(["print", str(EXAMPLE), "-o", str(out), "--forms", "1,3", "--no-signatures"]) == 0
    text = "".join(pages(out))
    assert "老旧小区综合整治项目" in text and "公共服务经费" in text
    assert "民生家园建设经费" not in text
    assert "填报人" not in text
    assert text.count("第 1 页") == 2


def test_unreadable_input_is_one_line_on_stderr(tmp_path, capsys):
    missing = tmp_path / "missing.json"
    assert main(["print", str(missing), "-o", str(tmp_path / "x.pdf")]) == 2
    err = capsys.readouterr().err
    assert err == f"zydesk: {missing}: 文件不存在\n"
    damaged = tmp_path / "damaged.json"
    damaged.write_text('{"format": "zydesk", "forms": [', encoding="utf-8")
    assert main(["print", str(damaged), "-o", str(tmp_path / "x.pdf")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"zydesk: {damaged}: ") and err.count("\n") == 1
    assert not (tmp_path / "x.pdf").exists()


def test_unwritable_output_is_one_line_on_stderr(tmp_path, capsys):
    out = tmp_path / "no-such-folder" / "x.pdf"
    assert main(["print", str(EXAMPLE), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err == f"zydesk: {out}: 文件夹不存在，PDF 未输出\n"
    assert main(["print", str(EXAMPLE), "-o", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"zydesk: {tmp_path}: ") and err.count("\n") == 1


def test_bad_form_numbers_are_refused(tmp_path, capsys):
    assert main(["print", str(EXAMPLE), "-o", str(tmp_path / "x.pdf"), "--forms", "1,9"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"zydesk: {EXAMPLE}: --forms") and err.count("\n") == 1
    assert not (tmp_path / "x.pdf").exists()


def test_font_warnings_go_to_stderr_and_still_print(tmp_path, capsys):
    bundle = storage.load(EXAMPLE)
    bundle.forms[0].leader = "魏𠀀"
    source = tmp_path / "odd.zyd.json"
    storage.save(bundle, source)
    assert main(["print", str(source), "-o", str(tmp_path / "x.pdf"), "--forms", "1"]) == 0
    err = capsys.readouterr().err
    assert err.startswith("zydesk: 注意：") and "𠀀" in err and "表 1 项目负责人" in err


def test_print_as_a_user_runs_it(tmp_path):
    out = tmp_path / "x.pdf"
    run = subprocess.run([sys.executable, "-m", "zydesk", "print", str(EXAMPLE), "-o", str(out), "--forms", "2"],
                         cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert out.read_bytes().startswith(b"%PDF")
    bad = subprocess.run([sys.executable, "-m", "zydesk", "print", str(tmp_path / "none.json"), "-o", str(out)],
                         cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2
    assert bad.stderr.strip().splitlines() == [f"zydesk: {tmp_path / 'none.json'}: 文件不存在"]
