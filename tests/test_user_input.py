"""User input normalised once at the edge (issue 9, item 5): the rules, then each front end."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from bot.console import answer_line, parse_line
from bot.errors import BadQuery
from bot.user_input import clean_text, parse_count
from tests.test_cli import ROOT, environment, handmade, run  # noqa: F401 - fixtures
from tests.test_console import handmade_db  # noqa: F401 - fixture

BIG = "99999999999999999999"
ID_RANGE = "id must be from 1 to 9,223,372,036,854,775,807"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("a\x00b", "ab"),
        ("\x1b[31mred", "[31mred"),  # a terminal escape loses its ESC
        ("a\tb\r\nc", "a b  c"),
        ("park\udcffil", "park\ufffdil"),  # a non-UTF-8 byte in a CLI argument (surrogateescape)
        ("\ud800", "\ufffd"),
        ("\x7f\x85", ""),  # DEL and C1 controls
        # left alone
        ("Kim Jong-un 김정은 🙂", "Kim Jong-un 김정은 🙂"),
        ("“quoted” — dash", "“quoted” — dash"),
        ("", ""),
    ],
)
def test_clean_text(raw, clean):
    assert clean_text(raw) == clean


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("42", 42),
        (" 7 ", 7),
        ("٤٢", 42),
        ("४२", 42),
        ("４２", 42),
        ("²", 2),
        ("007", 7),
        ("4\x002", 42),
        (f"0{'0' * 50}1", 1),
    ],
)
def test_numbers_in_any_digits(raw, value):
    assert parse_count("id", raw) == value


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (BIG, f"{ID_RANGE}, got {BIG}"),
        ("0", f"{ID_RANGE}, got 0"),
        ("-3", "id must be a number, got '-3'"),
        ("1.5", "id must be a number, got '1.5'"),
        ("", "id must be a number, got ''"),
        ("9" * 5000, f"{ID_RANGE}, got a number of 5,000 digits"),  # int() alone refuses over 4,300
        ("½", "id must be a number, got '½'"),
    ],
)
def test_numbers_out_of_range_or_not_numbers_are_refused(raw, message):
    with pytest.raises(BadQuery) as e:
        parse_count("id", raw)
    assert str(e.value) == message


# --- the CLI ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("argv", "err"),
    [
        # issue 9: each raised OverflowError
        (["article", BIG], f"error: {ID_RANGE}, got {BIG}\n"),
        (["quotes", "park-il", "--limit", BIG], "error: limit must be from 1 to 1,000, got " + BIG + "\n"),
        (["search", "talks", "--limit", "lots"], "error: limit must be a number, got 'lots'\n"),
        (["ask", f"/article {BIG}"], f"error: {ID_RANGE}, got {BIG}\n"),
    ],
)
def test_cli_numbers_are_range_checked(handmade, capsys, argv, err):  # noqa: F811
    assert run(capsys, *argv) == (1, "", err)


@pytest.mark.parametrize("argv", [["ask", "/article ²"], ["ask", "/article ٢"], ["article", "２"]])
def test_cli_numbers_in_other_digits(handmade, capsys, argv):  # noqa: F811
    status, out, err = run(capsys, *argv)  # issue 9: `ask "/article ²"` raised ValueError
    assert (status, out.splitlines()[0], err) == (0, "#2 Ministry stays away from talks", "")


@pytest.mark.parametrize(
    ("argv", "status", "err"),
    [
        # issue 9: UnicodeEncodeError for lone surrogates, OperationalError for a NUL
        (["stance", "park\udcffil"], 1, "error: unknown actor 'park\ufffdil'; did you mean park-il?\n"),
        (["quotes", "\udcff"], 1, "error: unknown actor '\ufffd'; list them with `actors`\n"),
        (["search", "sanc\x00tions"], 0, ""),
        (["search", "\udcff"], 0, ""),
        (["ask", "/stance \udcff"], 1, "error: unknown actor '\ufffd'; list them with `actors`\n"),
        (["ask", "/search working\x00 group"], 0, ""),
    ],
)
def test_cli_text_is_cleaned_before_it_is_used(handmade, capsys, argv, status, err):  # noqa: F811
    got, out, got_err = run(capsys, *argv)
    assert (got, got_err) == (status, err)
    assert "\udcff" not in out and "\x00" not in out


def test_cli_bytes_that_are_not_utf8(handmade):  # noqa: F811
    """A real process: the argument reaches Python as a surrogate escape, then the terminal."""
    for argv in ([b"search", b"\xff\xfe"], [b"stance", b"park\xffil"]):
        done = subprocess.run(
            [sys.executable, "-m", "bot", *argv],
            cwd=ROOT,
            capture_output=True,
            env={**os.environ},
            timeout=60,
        )
        assert done.returncode in (0, 1) and b"Traceback" not in done.stderr, done.stderr.decode()


# --- the console ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "options"),
    [
        ("/article ²", {"id": 2}),
        ("/article id:٤٢", {"id": 42}),
        ("/search a\x00b\x1b c", {"text": "ab c"}),
        ("/stance park\udcffil", {"actor": "park\ufffdil"}),
    ],
)
def test_console_lines_are_cleaned(line, options):
    assert parse_line(line)[1] == options


@pytest.mark.parametrize(
    ("line", "answer"),
    [
        (f"/article {BIG}", f"error: {ID_RANGE}, got {BIG}"),
        ("/article ²", "#2 Ministry stays away from talks"),
        ("/stance \udcff", "error: unknown actor '\ufffd'; list them with `actors`"),
    ],
)
async def test_console_answers_odd_input(handmade_db, line, answer):  # noqa: F811
    assert (await answer_line(handmade_db, line)).splitlines()[0] == answer
