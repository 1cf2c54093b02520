"""The extractor reads any text without raising: random runs of the rules' own vocabulary
(heads, titles, surnames, places, honorifics, credits, punctuation), seeded so a failure
repeats. Round 30's bb28 crashed it (a TypeError) on a construction no fixed test had; with
this seed the test meets that fault in the code before its fix (13f0794) at its 3,306th text."""

import random

from diplokg.extraction import extract, lexicon

_PIECES = (
    [head for head, _type in lexicon.ORGANIZATION_HEADS] + list(lexicon.TITLES)
    + sorted(lexicon.SURNAMES) + list(lexicon.PLACES) + list(lexicon.KNOWN_ORGANIZATIONS)
    + list(lexicon.HONORIFIC_PHRASES) + list(lexicon.CREDIT_WORDS)
    + ("Văn Thị Minh Hoàng Lan Anh Đức Thành Hùng John Smith Park Min-jun và của tại ở các "
       "nước Ông Bà ông bà Đoàn Ban Hội trường Công ty TNHH (ĐH) tỉnh thành phố TP bang").split()
    + [",", ".", ":", ";", "(", ")", " - ", "/", "\n", "Ảnh:", "Tin, ảnh:", "và Ông", "(ảnh)",
       "…", "“", "”"]
)


def _random_texts(seed: int, count: int):
    rng = random.Random(seed)
    for _ in range(count):
        words = [rng.choice(_PIECES) for _ in range(rng.randint(3, 25))]
        yield " ".join(words).replace(" ,", ",").replace(" .", ".")


def test_random_runs_of_the_vocabulary_are_read_without_an_error():
    read = 0
    for text in _random_texts(seed=30, count=4000):
        ex = extract(text, reference_year=2025)
        for entity in ex.entities.values():  # every mention is a span of the text
            assert all(text[m.start : m.end] == m.text for m in entity.mentions), text
        read += 1
    assert read == 4000
