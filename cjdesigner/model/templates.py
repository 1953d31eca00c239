"""Ready-made starting maps: blank, and the stage sets of the customer-journey method.

Each template exists in Spanish and English. The text lives here (not in Qt's
translation files) because the CLI and the tests create maps without Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from .journey import JourneyMap, Lane, LaneKind, Language, Persona, Stage


@dataclass(frozen=True)
class Template:
    """A starting point offered by File ▸ New."""

    key: str
    names: dict[str, str]
    descriptions: dict[str, str]
    stages: dict[str, tuple[str, ...]]
    goals: dict[str, tuple[str, ...]]

    def name(self, language: str) -> str:
        """The template's name in ``language`` ("es" or "en")."""
        return self.names.get(language, self.names["en"])

    def description(self, language: str) -> str:
        """A one-line description in ``language``."""
        return self.descriptions.get(language, self.descriptions["en"])


TEMPLATES: tuple[Template, ...] = (
    Template(
        key="blank",
        names={"en": "Blank map", "es": "Mapa en blanco"},
        descriptions={
            "en": "One empty stage and the usual lanes; build the journey from scratch.",
            "es": "Una etapa vacía y los carriles habituales; construye el viaje desde cero.",
        },
        stages={"en": ("Stage 1",), "es": ("Etapa 1",)},
        goals={"en": ("",), "es": ("",)},
    ),
    Template(
        key="lifecycle",
        names={"en": "Customer lifecycle", "es": "Ciclo de vida del cliente"},
        descriptions={
            "en": "Awareness to advocacy: the full relationship with a product or service.",
            "es": "Del conocimiento a la promoción: toda la relación con un producto o servicio.",
        },
        stages={
            "en": (
                "Awareness",
                "Acquisition",
                "Onboarding",
                "Engagement",
                "Retention",
                "Advocacy",
            ),
            "es": (
                "Conocimiento",
                "Adquisición",
                "Incorporación",
                "Compromiso",
                "Retención",
                "Promoción",
            ),
        },
        goals={
            "en": (
                "Find out the offer exists",
                "Decide and sign up",
                "Get started without friction",
                "Get value regularly",
                "Keep getting value",
                "Recommend it to others",
            ),
            "es": (
                "Descubrir que la oferta existe",
                "Decidir y darse de alta",
                "Empezar sin fricciones",
                "Obtener valor con regularidad",
                "Seguir obteniendo valor",
                "Recomendarlo a otros",
            ),
        },
    ),
    Template(
        key="purchase",
        names={"en": "Purchase journey", "es": "Viaje de compra"},
        descriptions={
            "en": "Consideration to loyalty: choosing, buying and staying with a brand.",
            "es": "De la consideración a la fidelización: elegir, comprar y quedarse.",
        },
        stages={
            "en": ("Consideration", "Comparison", "Purchase", "After-sale", "Loyalty"),
            "es": ("Consideración", "Comparación", "Compra", "Postventa", "Fidelización"),
        },
        goals={
            "en": (
                "Understand which options fit",
                "Weigh the options fairly",
                "Buy with confidence",
                "Get help when needed",
                "Come back and stay",
            ),
            "es": (
                "Entender qué opciones encajan",
                "Comparar las opciones con justicia",
                "Comprar con confianza",
                "Recibir ayuda cuando la necesita",
                "Volver y quedarse",
            ),
        },
    ),
    Template(
        key="sales",
        names={"en": "Sales cycle", "es": "Ciclo de venta"},
        descriptions={
            "en": "Pre-sale, sale and after-sale: a short map for a single transaction.",
            "es": "Preventa, venta y postventa: un mapa breve para una sola transacción.",
        },
        stages={"en": ("Pre-sale", "Sale", "After-sale"), "es": ("Preventa", "Venta", "Postventa")},
        goals={
            "en": ("Get the information to decide", "Close the deal easily", "Be looked after"),
            "es": (
                "Tener la información para decidir",
                "Cerrar la compra fácilmente",
                "Sentirse atendido",
            ),
        },
    ),
)

DEFAULT_LANES: dict[str, tuple[tuple[str, LaneKind], ...]] = {
    "en": (
        ("Actions", LaneKind.ACTIONS),
        ("Thoughts", LaneKind.THOUGHTS),
        ("Channels", LaneKind.CHANNELS),
        ("Backstage", LaneKind.BACKSTAGE),
    ),
    "es": (
        ("Acciones", LaneKind.ACTIONS),
        ("Pensamientos", LaneKind.THOUGHTS),
        ("Canales", LaneKind.CHANNELS),
        ("Trastienda", LaneKind.BACKSTAGE),
    ),
}

_UNTITLED = {"en": "Untitled journey", "es": "Viaje sin título"}
_PERSONA_PLACEHOLDER = {
    "en": {"name": "Persona name", "role": "Role or occupation"},
    "es": {"name": "Nombre de la persona", "role": "Rol u ocupación"},
}


def template(key: str) -> Template:
    """Look up a template by key; KeyError when unknown."""
    for item in TEMPLATES:
        if item.key == key:
            return item
    raise KeyError(key)


def new_map_from_template(
    key: str = "blank", language: str = "en", title: str | None = None
) -> JourneyMap:
    """A new map with the template's stages, the default lanes and a persona placeholder."""
    lang = Language(language)
    chosen = template(key)
    names = chosen.stages[lang.value]
    goals = chosen.goals[lang.value]
    stages = [Stage(name=name, goal=goal) for name, goal in zip(names, goals, strict=True)]
    lanes = [Lane(title=t, kind=k) for t, k in DEFAULT_LANES[lang.value]]
    persona = Persona(**_PERSONA_PLACEHOLDER[lang.value])
    return JourneyMap(
        title=title or _UNTITLED[lang.value],
        language=lang,
        persona=persona,
        stages=stages,
        lanes=lanes,
    )
