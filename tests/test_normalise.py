import unicodedata

from kg.corpus.normalise import fold_tones, looks_word_segmented, match_key, normalise


def test_old_and_new_tone_placement_compare_equal():
    assert fold_tones("Hoà Bình, thuỷ sản, Uỷ ban") == "Hòa Bình, thủy sản, Ủy ban"
    assert match_key("Công ty Thuỷ sản Hoà Phát") == match_key("công ty thủy sản hòa phát")


def test_tone_folding_leaves_closed_syllables_and_qu_alone():
    assert fold_tones("hoàng quý thuyết") == "hoàng quý thuyết"


def test_match_key_reads_underscores_and_ampersand():
    assert match_key("Bộ_Công_Thương") == match_key("Bộ Công thương")
    assert match_key("Cục Thương mại điện tử & Kinh tế số") == match_key(
        "Cục Thương mại điện tử và Kinh tế số"
    )


def test_word_segmented_text_is_desegmented_with_exact_offsets():
    original = "Ông Lê_Văn_Hải , Giám_đốc Công_ty Minh_Phát ( TP. HCM ) tăng 5,5 % ."
    forced = normalise(original, word_segmented=True)
    assert forced.text == "Ông Lê Văn Hải, Giám đốc Công ty Minh Phát (TP. HCM) tăng 5,5%."
    start = forced.text.index("Lê Văn Hải")
    assert forced.original_slice(start, start + len("Lê Văn Hải")) == "Lê_Văn_Hải"
    start = forced.text.index("5,5%")
    assert forced.original_slice(start, start + 4) == "5,5 %"


def test_urls_keep_their_underscores():
    original = "Xem https://vd.vn/tin_tuc_moi .html và Công_ty An_Phát ."
    text = normalise(original, word_segmented=True)
    assert "https://vd.vn/tin_tuc_moi" in text.text
    assert "Công ty An Phát." in text.text


def test_nfd_input_is_composed_and_maps_back():
    original = unicodedata.normalize("NFD", "Tập đoàn Hoà Phát")
    text = normalise(original)
    assert text.text == "Tập đoàn Hoà Phát"
    assert text.key == "Tập đoàn Hòa Phát"
    start = text.text.index("Hoà")
    assert text.original_slice(start, start + 3) == unicodedata.normalize("NFD", "Hoà")


def test_crlf_and_bom_are_normalised_but_offsets_point_into_the_file():
    original = "\ufeffDòng một.\r\nDòng hai."
    text = normalise(original)
    assert text.text == "Dòng một.\nDòng hai."
    start = text.text.index("Dòng hai")
    assert text.original_slice(start, start + 8) == "Dòng hai"


def test_word_segmentation_is_detected_from_the_text():
    segmented = " ".join(["Doanh_nghiệp Việt_Nam tăng_trưởng mạnh , theo Bộ Tài_chính ."] * 5)
    plain = (
        " ".join(["Doanh nghiệp Việt Nam tăng trưởng mạnh, theo mã số thuế mới."] * 5) + " Tệp bao_cao.xlsx"
    )
    assert looks_word_segmented(segmented)
    assert not looks_word_segmented(plain)
    assert "Doanh nghiệp Việt Nam tăng trưởng mạnh, theo Bộ Tài chính." in normalise(segmented).text
