"""Font lookup: configured file → bundled → SimSun → other TrueType CJK → STSong-Light, and missing glyphs."""

import shutil
from pathlib import Path

import pytest
from printing_helpers import load_example, page_texts, squash

from zydesk.printing import PrintOptions, fonts, render_pdf_bytes
from zydesk.resources import bundled_font_paths

NOTO_CFF = Path("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc")


@pytest.fixture(autouse=True)
def fresh_fonts():
    fonts.clear_cache()
    yield
    fonts.clear_cache()


@pytest.fixture
def no_bundled_font(monkeypatch, tmp_path):
    missing = tmp_path / "missing"
    monkeypatch.setattr(fonts, "bundled_font_paths", lambda: (missing / "R.ttf", missing / "B.ttf"))
    monkeypatch.setattr(fonts, "font_dirs", lambda: [tmp_path / "system-fonts"])
    (tmp_path / "system-fonts").mkdir()
    return tmp_path / "system-fonts"


def test_bundled_font_is_the_default():
    chosen = fonts.font_set()
    assert chosen.embedded
    assert chosen.regular == "ZydeskSerifSC"
    assert chosen.bold == "ZydeskSerifSC-Bold"
    assert chosen.warnings == ()
    assert fonts.font_set() is chosen  # registered once, cached


def test_bundled_font_covers_the_example():
    chosen = fonts.font_set()
    bundle = load_example()
    text = "".join(bundle.model_dump_json())
    assert chosen.lacks(text) == []
    assert chosen.lacks("a中𠀀b☃𠀀") == ["𠀀", "☃"]


def test_configured_font_file_is_preferred(tmp_path):
    mine = tmp_path / "my-song.ttf"
    shutil.copy(bundled_font_paths()[0], mine)
    chosen = fonts.font_set(mine)
    assert chosen.regular != "ZydeskSerifSC"
    assert str(mine) in chosen.label
    assert chosen.warnings == ()


def test_unusable_configured_font_falls_back_with_a_warning(tmp_path):
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"not a font at all" * 10)
    chosen = fonts.font_set(broken)
    assert chosen.regular == "ZydeskSerifSC"
    assert len(chosen.warnings) == 1
    assert str(broken) in chosen.warnings[0]


def test_missing_configured_font_falls_back(tmp_path):
    chosen = fonts.font_set(tmp_path / "nowhere.ttf")
    assert chosen.regular == "ZydeskSerifSC"
    assert "文件不存在" in chosen.warnings[0]


def test_font_without_chinese_is_refused(tmp_path):
    latin = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not latin.exists():
        pytest.skip("no DejaVu font on this machine")
    chosen = fonts.font_set(latin)
    assert chosen.regular == "ZydeskSerifSC"
    assert "不含中文字形" in chosen.warnings[0]


@pytest.mark.skipif(not NOTO_CFF.exists(), reason="Noto Serif CJK (CFF outlines) not installed")
def test_cff_font_is_refused_with_a_reason():
    chosen = fonts.font_set(NOTO_CFF)
    assert chosen.regular == "ZydeskSerifSC"
    assert "CFF" in chosen.warnings[0]


def test_system_simsun_when_bundled_font_is_missing(no_bundled_font):
    shutil.copy(bundled_font_paths()[0], no_bundled_font / "SimSun.ttf")
    chosen = fonts.font_set()
    assert chosen.embedded
    assert "宋体" in chosen.label and "simsun" in chosen.label.lower()
    assert chosen.bold == chosen.regular
    assert any("随附字体" in w for w in chosen.warnings)


def test_other_truetype_cjk_font_when_no_simsun(no_bundled_font):
    sub = no_bundled_font / "truetype" / "wqy"
    sub.mkdir(parents=True)
    shutil.copy(bundled_font_paths()[0], sub / "wqy-zenhei.ttc")
    chosen = fonts.font_set()
    assert "wqy-zenhei.ttc" in chosen.label
    assert chosen.embedded


def test_stsong_is_the_last_resort_and_says_so(no_bundled_font):
    chosen = fonts.font_set()
    assert chosen.regular == "STSong-Light"
    assert not chosen.embedded
    assert "STSong-Light" in chosen.warnings[-1]
    assert chosen.lacks("𠀀") == []  # coverage unknown: nothing can be listed


def test_print_with_the_last_resort_font_still_works(no_bundled_font):
    bundle = load_example()
    data, result = render_pdf_bytes(bundle, PrintOptions(forms=[3]))
    assert result.pages >= 1
    assert any("STSong-Light" in w for w in result.warnings)
    assert "公共服务经费" in squash(page_texts(data)[0])


def test_missing_characters_are_reported_with_their_place():
    bundle = load_example()
    bundle.forms[1].project_name = "民生𠀀家园"
    bundle.forms[1].indicators[2].deviation = "原因☃"
    _, result = render_pdf_bytes(bundle, PrintOptions(forms=[1, 2]))
    assert len(result.warnings) == 1
    warning = result.warnings[0]
    assert "𠀀" in warning and "☃" in warning
    assert "表 2 项目名称" in warning
    assert "表 2 指标 3 偏差原因分析及改进措施" in warning
    assert "表 1" not in warning
