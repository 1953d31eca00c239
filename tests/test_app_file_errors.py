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


def test_system_errors_read_in_spanish_too(qapp, tmp_path):
    """A save over a folder, a path through a file, and every errno the model names: the
    reason is worded by the model (the same on every system) and translated, so a Spanish
    message no longer carries "Not a directory" or "Is a directory" from the system."""
    import errno
    import os

    from cjdesigner.model.files import _OS_REASONS, os_reason

    jm = load_map(SAMPLES / "aerolinea.journey.json")
    (tmp_path / "a file").write_text("x")
    (tmp_path / "folder.journey.json").mkdir()
    errors = []
    for target in (tmp_path / "a file" / "map.journey.json", tmp_path / "folder.journey.json"):
        with pytest.raises(MapFileError) as caught:
            save_map(jm, target)
        errors.append(caught.value)
    with pytest.raises(MapFileError) as caught:
        load_map(tmp_path / "a file" / "map.journey.json")
    errors.append(caught.value)
    reasons = [e.reason for e in errors]
    assert "a part of the path is a file, not a folder" in reasons[0]
    assert "a folder has that name" in reasons[1]
    assert reasons[2] == "cannot be read: a part of the path is a file, not a folder"
    for number in _OS_REASONS:
        reason = os_reason(OSError(number, os.strerror(number)))
        errors.append(MapFileError("m.journey.json", f"cannot be read: {reason}"))
        errors.append(
            MapFileError(
                "m.journey.json",
                f"could not be saved: {reason}; the previous file is untouched",
            )
        )
    assert os_reason(OSError(errno.EILSEQ, "Illegal byte sequence")) == "Illegal byte sequence"
    install_translators("es")
    try:
        left = {e.reason for e in errors if reason_text(e.reason) == e.reason}
        spanish = reason_text(reasons[0])
    finally:
        install_translators("en")
    assert not left, f"reasons still in English: {sorted(left)[:5]}"
    assert "una parte de la ruta es un archivo" in spanish and "sigue intacto" in spanish
