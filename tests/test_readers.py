from pathlib import Path

import pytest

from kg.corpus import ReadError, find_article_files, read_article

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def test_plain_text_seed_reads_whole_text():
    read = read_article(SEEDS / "000_d53137713d114baf.txt")
    assert read.article.doc_id == "000_d53137713d114baf.txt"
    assert "Bộ Công Thương" in read.text.text
    assert read.article.published is None


def test_markdown_head_becomes_article_metadata_and_is_not_text():
    read = read_article(SEEDS / "001_f20659de51ac87f9.txt")
    article = read.article
    assert article.published == "2019-11-01"
    assert article.author == "VnExpress"
    assert article.url.startswith("https://vnexpress.net/")
    assert article.title.startswith("Alibaba: Nhiều doanh nghiệp")
    assert "Published at" not in read.text.text and "**" not in read.text.text


def test_word_segmented_seed_is_desegmented_and_maps_back():
    read = read_article(SEEDS / "002_b632a6a23d50efb0.txt")
    assert "Bộ Công Thương" in read.text.text and "Bộ_Công_Thương" not in read.text.text
    start = read.text.text.index("Hoàng Thanh Tâm")
    assert read.text.original_slice(start, start + len("Hoàng Thanh Tâm")) == "Hoàng_Thanh_Tâm"


def test_markdown_written_by_user(tmp_path):
    path = tmp_path / "tin.md"
    path.write_text(
        "# Doanh nghiệp A tăng trưởng\n\nPublished at: **2024-03-05T08:00:00+07:00**\n\n"
        "Author: **Báo Mẫu**\n\nOriginal: [Báo Mẫu](https://bao.example/tin-1.html)\n\n"
        "Công ty An Bình báo lãi **120 tỷ đồng**.\n",
        encoding="utf-8",
    )
    read = read_article(path)
    assert (read.article.published, read.article.author, read.article.url) == (
        "2024-03-05",
        "Báo Mẫu",
        "https://bao.example/tin-1.html",
    )
    assert "Công ty An Bình báo lãi 120 tỷ đồng." in read.text.text
    start = read.text.text.index("120 tỷ đồng")
    assert read.text.original_slice(start, start + len("120 tỷ đồng")) == "120 tỷ đồng"


def test_malformed_metadata_warns_but_reads(tmp_path):
    path = tmp_path / "hong.md"
    path.write_text("Published at: **hôm qua**\n\nNội dung bài viết ở đây.\n", encoding="utf-8")
    read = read_article(path)
    assert read.article.published is None
    assert any("hong.md" in w and "not a date" in w for w in read.warnings)


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
        (b"\xff\xfe\x00\xd8", "not valid UTF-16"),  # a byte-order mark, then a broken surrogate
    ],
)
def test_unreadable_files_raise_with_the_file_name(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ReadError) as error:
        read_article(path)
    assert "bad.txt" in str(error.value)
    assert reason in str(error.value)


def test_utf16_with_a_byte_order_mark_is_read_with_a_warning(tmp_path):
    path = tmp_path / "tin.txt"
    path.write_bytes("Công ty Hưng Thịnh báo lãi 12 tỷ đồng.".encode("utf-16"))
    read = read_article(path)
    assert read.text.text == "Công ty Hưng Thịnh báo lãi 12 tỷ đồng."
    assert any("tin.txt" in w and "UTF-16" in w for w in read.warnings)


def test_folders_are_expanded_recursively_and_missing_paths_reported(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("x", encoding="utf-8")
    (tmp_path / "y.md").write_text("y", encoding="utf-8")
    (tmp_path / "z.png").write_bytes(b"z")
    files, problems = find_article_files([tmp_path, tmp_path / "missing"])
    assert [f.name for f in files] == ["x.txt", "y.md"]
    assert problems and "missing" in problems[0]
