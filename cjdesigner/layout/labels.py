"""Words printed on the map itself, in the map's language (not the app's).

A consultant's Spanish map prints "Pico" and "Dolores y oportunidades" even when
the app's menus are in English: the poster belongs to the client.
"""

from __future__ import annotations

_LABELS = {
    "peak": ("Peak", "Pico"),
    "valley": ("Valley", "Valle"),
    "markers": ("Pains & opportunities", "Dolores y oportunidades"),
    "goals": ("Goals", "Objetivos"),
    "needs": ("Needs", "Necesidades"),
    "frustrations": ("Frustrations", "Frustraciones"),
    "motivations": ("Motivations", "Motivaciones"),
    "channels": ("Preferred channels", "Canales preferidos"),
    "emotion": ("Emotion", "Emoción"),
    "current": ("Current state", "Estado actual"),
    "future": ("Future state", "Estado futuro"),
    "client": ("Client", "Cliente"),
    "author": ("Author", "Autor"),
    "date": ("Date", "Fecha"),
    "pain": ("Pain", "Dolor"),
    "opportunity": ("Opportunity", "Oportunidad"),
    "moment_of_truth": ("Moment of truth", "Momento de la verdad"),
    "key_moment": ("Key moment (peak / valley)", "Momento clave (pico / valle)"),
    "baseline": ("Current state (dashed)", "Estado actual (discontinuo)"),
    "votes": ("Votes from the workshop", "Votos del taller"),
    "kinds": ("O owned · P paid · E earned", "P propio · A pagado · G ganado"),
    "made_with": ("Made with CJ Designer", "Hecho con CJ Designer"),
    "stages": ("Stages", "Etapas"),
}
# Owned / paid / earned tags: one letter each, different per language.
KIND_TAGS = {
    "en": {"owned": "O", "paid": "P", "earned": "E"},
    "es": {"owned": "P", "paid": "A", "earned": "G"},
}

CHANNEL_NAMES = {
    "web": ("Web", "Web"),
    "email": ("Email", "Correo electrónico"),
    "phone": ("Phone", "Teléfono"),
    "store": ("Store", "Tienda"),
    "app": ("App", "App"),
    "social": ("Social media", "Redes sociales"),
    "chat": ("Chat", "Chat"),
    "call_centre": ("Call centre", "Centro de llamadas"),
    "advertising": ("Advertising", "Publicidad"),
    "event": ("Event", "Evento"),
    "mail": ("Mail", "Correo postal"),
    "other": ("Other", "Otro"),
}


def label(key: str, language: str) -> str:
    """A printed word in ``language`` ("en" or "es")."""
    en, es = _LABELS[key]
    return es if language == "es" else en


def channel_name(channel: str, language: str) -> str:
    """Printed name of a channel in ``language``."""
    en, es = CHANNEL_NAMES[channel]
    return es if language == "es" else en


def kind_tag(kind: str, language: str) -> str:
    """One-letter owned / paid / earned tag in ``language``."""
    return KIND_TAGS.get(language, KIND_TAGS["en"])[kind]
