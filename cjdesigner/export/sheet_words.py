"""The words printed on tiled sheets (assembly sheet, sheet labels), in the map's language.

Shared by the PDF's tiled poster and the app's printing, which cut a map the same way.
"""

from __future__ import annotations

WORDS = {
    "assembly": ("Assembly", "Montaje"),
    "how": (
        "Print every sheet at 100 % (no “fit to page”). Trim the top and left edges along the "
        "crop marks, lay each sheet over its neighbour so the dashed lines and round marks "
        "meet, and glue. Rows are lettered from the top, columns numbered from the left.",
        "Imprime cada hoja al 100 % (sin «ajustar a la página»). Recorta los bordes superior "
        "e izquierdo por las marcas de corte, superpón cada hoja a su vecina haciendo coincidir "
        "las líneas discontinuas y las marcas redondas, y pega. Las filas van con letras "
        "desde arriba; las columnas, con números desde la izquierda.",
    ),
    "sheet": (
        "sheet {label}: row {row} of {rows}, column {col} of {cols}",
        "hoja {label}: fila {row} de {rows}, columna {col} de {cols}",
    ),
}


def sheet_word(key: str, lang: str) -> str:
    """The text for ``key`` in ``lang`` ("es" or anything else for English)."""
    en, es = WORDS[key]
    return es if lang == "es" else en
