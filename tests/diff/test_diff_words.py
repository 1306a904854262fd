"""Short before/after excerpts of changed texts."""

from __future__ import annotations

from raquan.diff.words import text_change, text_details, word_excerpts
from raquan.domain.phrasing import shorten


def test_shorten_cuts_at_a_word_with_an_ellipsis() -> None:
    assert shorten("Tổng hợp   số liệu\nvề khối lượng") == "Tổng hợp số liệu về khối lượng"
    text = "Tổng hợp số liệu về khối lượng, số công tham gia, kinh phí đóng góp"
    assert shorten(text, 30) == "Tổng hợp số liệu về khối…"


def test_word_excerpts_keep_a_few_words_of_context_on_each_side() -> None:
    before = "một hai ba bốn năm sáu bảy tám chín mười mười một mười hai"
    after = "một hai ba bốn năm sáu BẢY tám chín mười mười một mười hai"
    assert word_excerpts(before, after) == [
        (
            "“…hai ba bốn năm sáu bảy tám chín mười mười một…”",
            "“…hai ba bốn năm sáu BẢY tám chín mười mười một…”",
        )
    ]
    assert word_excerpts("a b", "a b c") == [("“a b”", "“a b c”")]


def test_separate_changes_are_separate_excerpts_and_the_rest_is_counted() -> None:
    words = [f"từ{n}" for n in range(100)]
    changed = list(words)
    for position in (10, 30, 50, 70, 90):
        changed[position] = "SỬA"
    details = text_details(" ".join(words), " ".join(changed))
    assert len(details) == 7
    assert details[0].startswith("trước: “…từ5 từ6")
    assert details[1].startswith("sau: “…từ5 từ6")
    assert "SỬA" in details[1]
    assert details[-1] == "… và 2 chỗ thay đổi khác."


def test_lines_added_removed_and_changed() -> None:
    before = "1. Mục đích:\n- Dòng một.\n- Dòng hai cũ.\n- Dòng bị bỏ.\n"
    after = "1. Mục đích:\n- Dòng một.\n- Dòng hai mới.\n"
    assert text_details(before, after) == (
        "bỏ dòng 3: “- Dòng hai cũ.”",
        "bỏ dòng 4: “- Dòng bị bỏ.”",
        "thêm dòng 3: “- Dòng hai mới.”",
    )
    assert text_details("a\n- x y z\n", "a\n- x Y z\n") == (
        "dòng 2, trước: “- x y z”",
        "dòng 2, sau: “- x Y z”",
    )


def test_text_change_ignores_refolding_and_says_added_or_removed() -> None:
    assert text_change("title", "trích yếu", "Tổ chức\nra quân", "Tổ chức ra   quân") is None
    added = text_change("theme", "chủ đề", None, "Ra quân xây dựng nông thôn mới")
    assert added is not None
    assert added.message == "Thêm chủ đề: “Ra quân xây dựng nông thôn mới”."
    removed = text_change("theme", "chủ đề", "Ra quân", None)
    assert removed is not None
    assert removed.message == "Bỏ chủ đề: “Ra quân”."
    assert (removed.before, removed.after) == ("Ra quân", None)
