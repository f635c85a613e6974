"""Units: the recipes kept per word give the units the tables give, wherever the word stands."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from datelines._read import tokens
from datelines._read.normalize import fold_with_offsets
from support import real_lines, variant_rows

TEXTS = [
    str(record["text"])
    for record in real_lines(
        *(f"{name}_datelines.jsonl" for name in ("dev", "heldout", "running", "solar", "authority"))
    )
]
TEXTS += [row[0] for row in variant_rows()]


def _fresh(text: str) -> list[tokens.Unit]:
    """The units with no recipe kept from before."""
    tokens._RECIPES.clear()
    tokens._WHOLE_WORDS.clear()
    return tokens.units(fold_with_offsets(text))


def test_recipes_give_the_units_of_the_tables() -> None:
    # Every word of every corpus line, looked up afresh where it stands, beside its recipe.
    for text in TEXTS:
        folded = fold_with_offsets(text)
        for token in tokens._tokens(folded.text):
            if token[0] == "word":
                assert tokens._apply(tokens._recipe(token), token) == tokens._word(token), (text, token)


def test_units_do_not_depend_on_what_was_read_before() -> None:
    warm = [tokens.units(fold_with_offsets(text)) for text in TEXTS]
    assert warm == [_fresh(text) for text in TEXTS]


@given(
    st.lists(st.sampled_from(TEXTS), min_size=2, max_size=4), st.sampled_from(["", " ", "،", "-", "\u200f"])
)
def test_a_word_reads_the_same_glued_or_apart(parts: list[str], joiner: str) -> None:
    text = joiner.join(parts)
    assert tokens.units(fold_with_offsets(text)) == _fresh(text)


class _Everything:
    """A set that holds every string: runs of words after a first word are not cut short."""

    def __contains__(self, item: object) -> bool:
        return True


def _units_without_the_prefix_cut(text: str) -> list[tokens.Unit]:
    kept = tokens._RUN_PREFIXES
    tokens._RUN_PREFIXES = _Everything()  # type: ignore[misc]
    try:
        return tokens.units(fold_with_offsets(text))
    finally:
        tokens._RUN_PREFIXES = kept  # type: ignore[misc]


def test_a_run_of_words_cut_where_no_name_begins_so_reads_the_same_on_the_corpora() -> None:
    for text in TEXTS:
        assert tokens.units(fold_with_offsets(text)) == _units_without_the_prefix_cut(text), text


_MULTI_WORD = sorted(
    {
        spelling
        for entries in tokens.LEXICON.entries.values()
        for e in entries
        for spelling in [e.spelling]
        if " " in spelling or "-" in spelling
    }
)


@given(
    st.sampled_from(_MULTI_WORD),
    st.sampled_from(["", " ", "-", ". ", "  "]),
    st.sampled_from(["", "da", "nda", "ın", "ի", "ы", " 1446", " and more"]),
    st.sampled_from(["", "10 ", "the ", "de ", "a "]),
)
def test_a_run_of_words_cut_where_no_name_begins_so_reads_the_same_on_names(
    spelling: str, joiner: str, ending: str, before: str
) -> None:
    # Every spelling of several words, its words joined otherwise, an ending glued on.
    text = before + joiner.join(spelling.replace("-", " ").split(" ")) + ending
    assert tokens.units(fold_with_offsets(text)) == _units_without_the_prefix_cut(text), text
