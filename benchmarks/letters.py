"""Letters: the cost of one letter against a bare ReportLab page, and a batch of letters.

    python benchmarks/letters.py [--rounds 30] [--batch 1000]

(a) One letter ÷ bare page. One French acknowledgement through ``render_letter`` (composition
    from the wording, typography, letterhead, window address, page template, numbering canvas,
    embedded font subset) divided by a bare one-page ``SimpleDocTemplate`` holding the same
    body text in ``Paragraph``\\ s set in the same embedded TrueType font: the floor for a page
    of that text. Goal: <= 3x. The two take turns; medians of ``--rounds``. The same ratio
    against Helvetica (a built-in, unembedded font) is shown for reference.
(b) Batch. ``--batch`` letters of mixed kinds and both languages (requester names vary, so no
    two are alike), rendered one after the other in one process: total time and letters/s.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from io import BytesIO
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dsr_desk.letters.compose import compose
from dsr_desk.letters.fonts import letter_font
from dsr_desk.letters.kinds import LetterKind
from dsr_desk.letters.render import render_letter
from dsr_desk.letters.styles import markup
from tests.letters_support import make_detail, make_letter, suspended

GOAL_RATIO = 3.0


def bare_page(paragraphs: list[str], font_name: str) -> bytes:
    buffer = BytesIO()
    style = ParagraphStyle("body", fontName=font_name, fontSize=10.5, leading=14)
    story = [Paragraph(markup(text, 10.5), style) for text in paragraphs]
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def timed(work: Callable[[], bytes]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def one_letter(rounds: int) -> None:
    letter = make_letter(LetterKind.ACKNOWLEDGEMENT)
    part = compose(letter).parts[0]
    texts = [part.subject, part.salutation]
    texts += [text for block in part.blocks for text in block.texts] + [part.closing]
    font = letter_font().name
    for work in (lambda: render_letter(letter), lambda: bare_page(texts, font)):
        work()  # warm-up: font registration, imports, caches
    letter_times, bare_times, helvetica_times = [], [], []
    for index in range(rounds):
        pair = [
            (letter_times, lambda: render_letter(letter)),
            (bare_times, lambda: bare_page(texts, font)),
        ]
        for times, work in pair if index % 2 == 0 else reversed(pair):
            times.append(timed(work))
        helvetica_times.append(timed(lambda: bare_page(texts, "Helvetica")))
    letter_s = statistics.median(letter_times)
    bare_s = statistics.median(bare_times)
    helvetica_s = statistics.median(helvetica_times)
    ratio = letter_s / bare_s
    print(f"font: {letter_font().description}")
    print(
        f"one letter {letter_s * 1000:.1f} ms, bare page (same font) {bare_s * 1000:.1f} ms: "
        f"{ratio:.2f}x (goal <= {GOAL_RATIO:.0f}x) {'OK' if ratio <= GOAL_RATIO else 'MISSED'}"
    )
    print(
        f"  for reference, bare page in Helvetica {helvetica_s * 1000:.1f} ms: "
        f"{letter_s / helvetica_s:.2f}x"
    )


def batch(count: int) -> None:
    kinds = [
        make_letter(LetterKind.ACKNOWLEDGEMENT),
        make_letter(LetterKind.ID_REQUEST, request=make_detail(**suspended("identity"))),
        make_letter(LetterKind.REFUSAL, refusal_reasons="Les données ont été effacées."),
        make_letter(LetterKind.COMPLETION),
        make_letter(LetterKind.COMPLETION, request=make_detail(type="erasure")),
    ]
    letters = []
    for index in range(count):
        base = kinds[index % len(kinds)]
        request = replace(base.request, requester_name=f"Personne Exemple n° {index}")
        letters.append(replace(base, request=request, lang="fr" if index % 3 else "en"))
    render_letter(letters[0])
    start = time.perf_counter()
    pages = 0
    for letter in letters:
        pages += render_letter(letter).count(b"/Type /Page\n")
    elapsed = time.perf_counter() - start
    print(
        f"batch: {count} letters ({pages} pages, 5 kinds, fr/en) in {elapsed:.1f} s: "
        f"{count / elapsed:.0f} letters/s, {elapsed / count * 1000:.1f} ms per letter"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--batch", type=int, default=1000)
    args = parser.parse_args()
    one_letter(args.rounds)
    batch(args.batch)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
