"""A CSV table of touchpoints opens as a map: our own export round-trips, Excel's CSV reads,
and a bad cell is refused with its line and column."""

from __future__ import annotations

import os
import time

import pytest

from cjdesigner.cli import run as cli_main
from cjdesigner.export.table import export_csv
from cjdesigner.interop.csv_table import csv_from_bytes, import_csv
from cjdesigner.interop.formats import read_map
from cjdesigner.model import Channel, Language, MapFileError, load_map
from tests.conftest import SAMPLES
from tests.reliability.mutate import csv_mutants

TOUCHPOINT_FIELDS = (
    "id", "title", "emotion", "position", "channel", "channel_detail", "kind", "department",
    "moment_of_truth", "survey_scores", "description",
)  # fmt: skip


def _touchpoints(jm) -> list[tuple]:
    names = {s.id: s.name for s in jm.stages}
    return sorted(
        (
            names[t.stage_id],
            *(getattr(t, f) for f in TOUCHPOINT_FIELDS),
            tuple((e.method, e.note) for e in t.evidence),
        )
        for t in jm.touchpoints
    )


def _markers(jm) -> list[tuple]:
    names = {s.id: s.name for s in jm.stages}
    tps = {t.id: t.title for t in jm.touchpoints}
    pains = {p.id: p.title for p in jm.pains}
    return sorted(
        (
            m.id,
            m.title,
            m.description,
            tps.get(m.touchpoint_id),
            names.get(m.stage_id),
            getattr(m, "severity", None),
            getattr(m, "impact", None),
            getattr(m, "status", None),
            getattr(m, "owner", None),
            pains.get(getattr(m, "answers_pain_id", None)),
        )
        for m in [*jm.pains, *jm.opportunities]
    )


@pytest.mark.parametrize("sample", sorted(p.name for p in SAMPLES.glob("*.journey.json")))
def test_our_csv_export_reads_back_as_the_same_journey(tmp_path, sample):
    original = load_map(SAMPLES / sample)
    path = tmp_path / "table.csv"
    export_csv(original, path)
    back = import_csv(path)
    jm = back.journey_map
    assert [s.name for s in jm.stages] == [s.name for s in original.stages]
    assert _touchpoints(jm) == _touchpoints(original)
    assert _markers(jm) == _markers(original)
    assert jm.title == "table"
    metrics = any(t.metrics for t in original.touchpoints)
    assert any(n.code == "csv_metrics" for n in back.notes) == metrics  # said, not lost silently


def test_an_excel_table_in_spanish_opens_as_a_map(tmp_path):
    """Spanish Excel writes ";" separators and Windows-1252; decimals have a comma."""
    text = (
        "Etapa;Título;Emoción;Canal;Tipo;Punto de contacto\r\n"
        "Descubrir;Ve un anuncio;2,5;Publicidad;;\r\n"
        "Descubrir;Busca en Google;1;Web;;\r\n"
        "Comprar;Cola en caja;-3;Tienda;;\r\n"
        "Comprar;Cola lenta;;;dolor;Cola en caja\r\n"
        "Comprar;Pago sin cola;;;oportunidad;\r\n"
        ";;;;;\r\n"
    )
    path = tmp_path / "taller de marzo.csv"
    path.write_bytes(text.encode("cp1252"))
    result = read_map(path)
    jm = result.journey_map
    assert jm.title == "taller de marzo" and jm.language == Language.ES
    assert [lane.title for lane in jm.lanes][:2] == ["Acciones", "Pensamientos"]  # a new map's
    assert [s.name for s in jm.stages] == ["Descubrir", "Comprar"]
    ad, google, queue = jm.touchpoints
    assert (ad.title, ad.emotion, ad.channel) == ("Ve un anuncio", 2.5, Channel.ADVERTISING)
    assert queue.title == "Cola en caja" and queue.channel == Channel.STORE
    # no positions given: spread evenly in each stage, in row order
    assert (ad.position, google.position) == (
        pytest.approx(1 / 3, abs=1e-3),
        pytest.approx(2 / 3, abs=1e-3),
    )
    assert queue.position == 0.5
    (pain,) = jm.pains
    assert pain.title == "Cola lenta" and pain.touchpoint_id == queue.id
    (opportunity,) = jm.opportunities
    assert opportunity.stage_id == jm.stages[1].id
    codes = {n.code for n in result.notes}
    assert {"csv_encoding", "csv_blank"} <= codes


def test_a_defused_formula_cell_reads_back_as_the_users_text(tmp_path):
    jm = load_map(SAMPLES / "coffee-shop.journey.json")
    jm.touchpoints[0].title = '=HYPERLINK("http://x")'
    jm.touchpoints[1].title = "-2 minutes of queue"
    path = tmp_path / "t.csv"
    export_csv(jm, path)
    assert b"'=HYPERLINK" in path.read_bytes()  # defused for the spreadsheet
    titles = {t.title for t in import_csv(path).journey_map.touchpoints}
    assert {'=HYPERLINK("http://x")', "-2 minutes of queue"} <= titles


BAD_TABLES = [
    ("stage,title,emotion\nA,x,7\n", "line 2, column “emotion”", "between -5 and 5"),
    ("stage,title,emotion\nA,x,lots\n", "line 2, column “emotion”", "should be a number"),
    ("name,score\nA,1\n", "line 1", "no “stage” column"),
    ("stage,title,type\nA,x,foo\n", "line 2, column “type”", "touchpoint, pain or"),
    ("stage,title,type,touchpoint\nA,x,pain,nope\n", "column “touchpoint”", "not a touchpoint"),
    ("stage,title,type,answers_pain\nA,x,opportunity,nope\n", "line 2", "not a pain here"),
    ('stage,title\nA,x\n"B,y\n', "line 3", "not a readable CSV"),
    ("stage,title,moment_of_truth\nA,x,maybe\n", "moment_of_truth", "yes or no"),
    ("stage,title,survey_scores\nA,x,7 eleven\n", "survey_scores", "whole numbers"),
    ("stage,title,survey_scores\nA,x,11\n", "line 2", "10"),
    ("stage,title\n,x\n", "column “stage”", "every touchpoint belongs to a stage"),
]


@pytest.mark.parametrize(("text", "place", "reason"), BAD_TABLES)
def test_a_bad_table_is_refused_with_line_column_and_reason(text, place, reason):
    with pytest.raises(MapFileError) as info:
        csv_from_bytes(text.encode(), "t.csv")
    message = str(info.value)
    assert message.startswith("t.csv: ") and place in message and reason in message, message


def test_spanish_column_names_make_a_spanish_map():
    result = csv_from_bytes("etapa,título,emoción\nLlegar,,2\n".encode(), "t.csv")
    jm = result.journey_map
    assert jm.language == Language.ES and jm.touchpoints[0].title == "Sin título"
    assert [n.code for n in result.notes] == ["csv_untitled"]
    english = csv_from_bytes(b"stage,title,score\nArrive,,2\n", "t.csv").journey_map
    assert english.language == Language.EN and english.touchpoints[0].title == "Untitled"
    assert english.touchpoints[0].emotion == 2


def test_binary_and_empty_files_are_refused(tmp_path):
    for data, reason in ((b"\x89PNG\x00\x00\x01", "binary"), (b"  \n", "empty")):
        with pytest.raises(MapFileError, match=reason):
            csv_from_bytes(data, "x.csv")


def test_cli_converts_a_map_to_a_table_and_back(tmp_path, capsys):
    table, back = tmp_path / "map.csv", tmp_path / "back.journey.json"
    sample = SAMPLES / "subscription-saas.journey.json"
    assert cli_main(["convert", str(sample), str(table)]) == 0
    assert "persona, lanes" in capsys.readouterr().err  # what a table cannot hold is said
    assert cli_main(["convert", str(table), str(back)]) == 0
    assert _touchpoints(load_map(back)) == _touchpoints(load_map(sample))
    assert cli_main(["validate", str(table)]) == 0


def test_damaged_tables_never_crash(tmp_path):
    """Each damaged table gives a map or a MapFileError naming the file, quickly."""
    seeds = []
    for sample in sorted(SAMPLES.glob("*.journey.json")):
        path = tmp_path / f"{sample.stem}.csv"
        export_csv(load_map(sample), path)
        seeds.append(path.read_bytes())
    slowest = 0.0
    count = int(os.environ.get("CJD_MUTANTS", "2000")) // 5  # 400 here, 4,000 in make soak
    for i, data in enumerate(csv_mutants(seeds, count, seed=7)):
        path = tmp_path / f"mutant-{i % 20}.csv"
        path.write_bytes(data)
        start = time.perf_counter()
        try:
            import_csv(path)
        except MapFileError as exc:
            assert str(path) in str(exc) and exc.reason and "\n" not in str(exc), str(exc)
        slowest = max(slowest, time.perf_counter() - start)
    assert slowest < 5.0


def test_opening_a_table_in_the_app_makes_an_untitled_map(qtbot, tmp_path, monkeypatch):
    from cjdesigner.app import create_main_window
    from cjdesigner.ui import dialogs

    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_info", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(dialogs, "ask_save_discard_cancel", lambda parent, name: "discard")
    table = tmp_path / "workshop.csv"
    export_csv(load_map(SAMPLES / "coffee-shop.journey.json"), table)
    window = create_main_window()
    qtbot.addWidget(window)
    assert window.file_actions.load(table)
    document = window.document
    assert document.path is None and document.is_dirty  # Save asks for a .journey.json name
    assert len(document.journey_map.touchpoints) == 9
    assert window.scene.item_for(document.journey_map.touchpoints[0].id) is not None
    saved: list[str] = []
    monkeypatch.setattr(
        dialogs, "get_save_path", lambda parent, suggested: saved.append(suggested) or ""
    )
    window.file_actions.save()
    assert saved and saved[0].endswith("workshop.journey.json")
    document.undo_stack.clear()


def test_a_table_opened_in_the_spanish_app_makes_a_spanish_map(qtbot, tmp_path, monkeypatch):
    """Our CSV's columns are English whatever the map's language: the app's language says
    what the table cannot (the command line keeps English)."""
    from cjdesigner.app import create_main_window
    from cjdesigner.ui import dialogs
    from cjdesigner.ui.i18n import install_translators

    monkeypatch.setattr(dialogs, "ask_save_discard_cancel", lambda parent, name: "discard")
    table = tmp_path / "taller.csv"
    export_csv(load_map(SAMPLES / "concesionario.journey.json"), table)
    install_translators("es")
    try:
        window = create_main_window()
        qtbot.addWidget(window)
        assert window.file_actions.load(table)
        jm = window.document.journey_map
        assert jm.language == Language.ES and jm.lanes[0].title == "Acciones"
    finally:
        install_translators("en")
    assert read_map(table).journey_map.language == Language.EN


@pytest.mark.parametrize(("text", "place", "reason"), BAD_TABLES)
def test_a_bad_table_is_told_in_spanish_in_the_spanish_app(qapp, text, place, reason):
    from cjdesigner.ui.file_errors import file_error_text
    from cjdesigner.ui.i18n import install_translators

    with pytest.raises(MapFileError) as info:
        csv_from_bytes(text.encode(), "t.csv")
    install_translators("es")
    try:
        message = file_error_text(info.value)
    finally:
        install_translators("en")
    assert message.startswith("t.csv: línea "), message
    english = str(info.value).split(": ", 2)[-1]
    assert english not in message, message  # the reason was worded again, not passed on
