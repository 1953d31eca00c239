"""File errors in the interface language: the model words them in English (CLI, logs),
the window in the user's language, with the file's own values kept as they are."""

from __future__ import annotations

import pytest

from cjdesigner.interop.formats import read_map
from cjdesigner.model import MapFileError, Stage, load_map, save_map
from cjdesigner.ui import dialogs
from cjdesigner.ui.file_errors import file_error_text, reason_text
from cjdesigner.ui.i18n import install_translators
from tests.conftest import FIXTURES, SAMPLES
from tests.reliability.mutate import mutants


def _errors(tmp_path) -> list[MapFileError]:
    """The errors of the broken corpus, the .ojf fixtures, 400 damaged samples, a missing
    file, a folder and a save past a limit."""
    paths = sorted((FIXTURES / "corpus").iterdir()) + sorted((FIXTURES / "ojf").iterdir())
    seeds = [p.read_bytes() for p in sorted(SAMPLES.glob("*.journey.json"))]
    for i, data in enumerate(mutants(seeds, 400, 5)):
        path = tmp_path / f"m{i}.journey.json"
        path.write_bytes(data)
        paths.append(path)
    paths += [tmp_path / "missing.journey.json", tmp_path]
    found = []
    for path in paths:
        try:
            read_map(path)
        except MapFileError as exc:
            found.append(exc)
    jm = load_map(SAMPLES / "aerolinea.journey.json")
    jm.stages.extend(Stage(name="more") for _ in range(100))
    with pytest.raises(MapFileError) as caught:
        save_map(jm, tmp_path / "full.journey.json")
    return [*found, caught.value]


def test_every_file_error_reads_in_spanish(qapp, tmp_path):
    errors = _errors(tmp_path)
    assert len(errors) > 300
    install_translators("es")
    try:
        left = {e.reason for e in errors if reason_text(e.reason) == e.reason}
        texts = [file_error_text(e) for e in errors]
    finally:
        install_translators("en")
    assert not left, f"reasons still in English: {sorted(left)[:5]}"
    for error, text in zip(errors, texts, strict=True):
        assert text.startswith(error.path)  # the file is still named first
        if error.place and not error.place.startswith("line "):
            assert f": {error.place}: " in text  # a field path names keys of the file
    joined = "\n".join(texts)
    for english in ("should be", "is missing", "is not valid JSON", "which is not in the"):
        assert english not in joined
    assert "no es JSON válido" in joined and "línea " in joined


def test_english_interface_shows_the_model_message_unchanged(tmp_path):
    for error in _errors(tmp_path)[:50]:
        assert file_error_text(error) == str(error)


def test_opening_a_damaged_file_in_spanish_says_why_in_spanish(qtbot, tmp_path, monkeypatch):
    from cjdesigner.app import create_main_window

    seen: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, msg: seen.append(msg))
    broken = tmp_path / "cortado.journey.json"
    data = (SAMPLES / "aerolinea.journey.json").read_bytes()
    broken.write_bytes(data[: len(data) // 2])
    window = create_main_window()  # (the first window installs the saved language)
    qtbot.addWidget(window)
    install_translators("es")
    try:
        assert not window.open_path(broken)
    finally:
        install_translators("en")
    (message,) = seen
    assert message.startswith(str(broken))
    assert "el archivo termina antes de tiempo" in message or "no es JSON válido" in message
    assert "línea " in message
