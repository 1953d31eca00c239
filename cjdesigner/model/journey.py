"""The journey map model: pydantic v2 classes, pure Python, the one source of truth.

Every object a user can point at has an ``id`` (a uuid4 string, saved in the file).
Assigning a field validates it (``validate_assignment``), so an edit can never leave
an object holding a value the file format would refuse.
"""

from __future__ import annotations

from datetime import datetime, timezone
from enum import Enum
from itertools import repeat
from operator import attrgetter, is_, ne
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    StringConstraints,
    field_validator,
    model_validator,
)

from .ids import new_id
from .photo import check_photo, decode_photo, encode_photo
from .text import shown

FORMAT = "cjdesigner.journey"
SCHEMA_VERSION = 2

EMOTION_MIN = -5.0
EMOTION_MAX = 5.0

# Length limits: generous for real work, small enough that a corrupt or hostile file
# is refused instead of swallowing memory.
SHORT_TEXT_MAX = 200
LONG_TEXT_MAX = 10_000
ITEM_TEXT_MAX = 500
MAX_LIST_ITEMS = 50
MAX_STAGES = 100
MAX_TOUCHPOINTS = 50_000
MAX_MARKERS = 50_000
MAX_LANES = 50
MAX_SURVEY_SCORES = 100_000

# Text fields carry only length limits here: control characters are refused by one
# byte-level scan of the whole file (see text.py), which keeps loading as fast as
# json.loads. Names must hold something other than spaces.
NAME_PATTERN = r"\S"
ID_MAX = 64
COLOUR_PATTERN = r"^#[0-9A-Fa-f]{6}$"

Id = Annotated[str, StringConstraints(min_length=1, max_length=ID_MAX)]
Name = Annotated[str, StringConstraints(max_length=SHORT_TEXT_MAX, pattern=NAME_PATTERN)]
ShortText = Annotated[str, StringConstraints(max_length=SHORT_TEXT_MAX)]
LongText = Annotated[str, StringConstraints(max_length=LONG_TEXT_MAX)]
ItemText = Annotated[str, StringConstraints(max_length=ITEM_TEXT_MAX)]
ItemList = Annotated[list[ItemText], Field(max_length=MAX_LIST_ITEMS)]
Colour = Annotated[str, StringConstraints(pattern=COLOUR_PATTERN)]
Emotion = Annotated[float, Field(ge=EMOTION_MIN, le=EMOTION_MAX, allow_inf_nan=False)]
Fraction = Annotated[float, Field(ge=0.0, le=1.0, allow_inf_nan=False)]
Severity = Annotated[int, Field(ge=1, le=3)]
VOTES_MAX = 999
Votes = Annotated[int, Field(ge=0, le=VOTES_MAX)]
SurveyScore = Annotated[int, Field(ge=0, le=10)]
SurveyScores = Annotated[list[SurveyScore], Field(max_length=MAX_SURVEY_SCORES)]
Photo = Annotated[
    bytes,
    BeforeValidator(decode_photo),
    AfterValidator(check_photo),
    PlainSerializer(encode_photo, return_type=str, when_used="json"),
]


def _utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


def _assume_utc(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)


Timestamp = Annotated[datetime, AfterValidator(_assume_utc)]


class Language(str, Enum):
    """Language of the map's own text (and of its templates)."""

    ES = "es"
    EN = "en"


class MapState(str, Enum):
    """Whether the map shows what happens today or what should happen."""

    CURRENT = "current"
    FUTURE = "future"


class Channel(str, Enum):
    """How the customer meets the organisation at a touchpoint."""

    WEB = "web"
    EMAIL = "email"
    PHONE = "phone"
    STORE = "store"
    APP = "app"
    SOCIAL = "social"
    CHAT = "chat"
    CALL_CENTRE = "call_centre"
    ADVERTISING = "advertising"
    EVENT = "event"
    MAIL = "mail"
    OTHER = "other"


class TouchpointKind(str, Enum):
    """Who controls the touchpoint's message (owned / paid / earned media)."""

    OWNED = "owned"
    PAID = "paid"
    EARNED = "earned"


class EvidenceMethod(str, Enum):
    """How what the touchpoint says was learnt."""

    SURVEY = "survey"
    INTERVIEW = "interview"
    OBSERVATION = "observation"
    MYSTERY_SHOPPING = "mystery_shopping"
    FOCUS_GROUP = "focus_group"
    ANALYTICS = "analytics"
    COMPLAINTS = "complaints"
    OTHER = "other"


class OpportunityStatus(str, Enum):
    """How far an opportunity has come."""

    IDEA = "idea"
    PLANNED = "planned"
    DONE = "done"


class LaneKind(str, Enum):
    """What a row under the emotion curve records."""

    ACTIONS = "actions"
    THOUGHTS = "thoughts"
    FEELINGS = "feelings"
    CHANNELS = "channels"
    BACKSTAGE = "backstage"
    KPIS = "kpis"
    CUSTOM = "custom"


class ModelBase(BaseModel):
    """Common configuration: validate on assignment, refuse unknown keys."""

    model_config = ConfigDict(
        validate_assignment=True,
        extra="forbid",
        use_enum_values=False,
        populate_by_name=True,
        # pydantic caches every short string it parses by default; a map's strings are
        # mostly unique ids and texts, so the cache only costs lookups (2,000 touchpoints:
        # validation 8.9 -> 7.9 ms). Field names are still cached.
        cache_strings="keys",
    )


class Evidence(ModelBase):
    """Where a touchpoint's finding comes from: a method and a note."""

    method: EvidenceMethod = EvidenceMethod.OTHER
    note: LongText = ""


class Metric(ModelBase):
    """A measured figure at a touchpoint or stage (e.g. conversion rate 3.2 %, target 4 %)."""

    name: Name
    value: float | None = Field(default=None, allow_inf_nan=False)
    target: float | None = Field(default=None, allow_inf_nan=False)
    unit: ShortText = ""


class Persona(ModelBase):
    """The customer the map is about."""

    id: Id = Field(default_factory=new_id)
    name: ShortText = ""
    role: ShortText = ""
    quote: LongText = ""
    bio: LongText = ""
    goals: ItemList = Field(default_factory=list)
    needs: ItemList = Field(default_factory=list)
    motivations: ItemList = Field(default_factory=list)
    frustrations: ItemList = Field(default_factory=list)
    likes: ItemList = Field(default_factory=list)
    dislikes: ItemList = Field(default_factory=list)
    channels: ItemList = Field(default_factory=list)
    photo: Photo | None = None


class Stage(ModelBase):
    """One column on the time axis."""

    id: Id = Field(default_factory=new_id)
    name: Name
    description: LongText = ""
    goal: LongText = ""
    colour: Colour | None = None
    width: float = Field(default=1.0, ge=0.2, le=10.0, allow_inf_nan=False)
    metrics: Annotated[list[Metric], Field(max_length=MAX_LIST_ITEMS)] = Field(default_factory=list)
    survey_scores: SurveyScores = Field(default_factory=list)


class Touchpoint(ModelBase):
    """A moment where the customer meets the organisation, placed at (time, emotion)."""

    id: Id = Field(default_factory=new_id)
    stage_id: Id
    title: Name
    description: LongText = ""
    channel: Channel = Channel.OTHER
    channel_detail: ShortText = ""
    kind: TouchpointKind = TouchpointKind.OWNED
    department: ShortText = ""
    emotion: Emotion = 0.0
    position: Fraction = 0.5
    moment_of_truth: bool = False
    evidence: Annotated[list[Evidence], Field(max_length=MAX_LIST_ITEMS)] = Field(
        default_factory=list
    )
    metrics: Annotated[list[Metric], Field(max_length=MAX_LIST_ITEMS)] = Field(default_factory=list)
    survey_scores: SurveyScores = Field(default_factory=list)


class _Marker(ModelBase):
    """Shared shape of pains and opportunities: anchored to a touchpoint or a stage."""

    id: Id = Field(default_factory=new_id)
    title: Name
    description: LongText = ""
    # Exactly one of these is set; checked with the other references by
    # find_reference_problem (a per-object validator would slow loading down).
    touchpoint_id: Id | None = None
    stage_id: Id | None = None
    # Dots the workshop gave it in a dot vote (format version 2); 0 when none.
    votes: Votes = 0

    @property
    def anchor_id(self) -> str:
        """The id of the touchpoint or stage this marker is attached to."""
        return self.touchpoint_id or self.stage_id or ""


class Pain(_Marker):
    """Something that hurts the customer."""

    severity: Severity = 2


class Opportunity(_Marker):
    """A chance to improve, often answering a pain."""

    impact: Severity = 2
    answers_pain_id: Id | None = None
    status: OpportunityStatus = OpportunityStatus.IDEA
    owner: ShortText = ""


class Lane(ModelBase):
    """A row under the emotion band with one cell of notes per stage."""

    id: Id = Field(default_factory=new_id)
    title: Name
    kind: LaneKind = LaneKind.CUSTOM
    cells: dict[Id, LongText] = Field(default_factory=dict)

    def cell(self, stage_id: str) -> str:
        """The notes of this lane for one stage ("" when none)."""
        return self.cells.get(stage_id, "")


class BaselinePoint(ModelBase):
    """Where one touchpoint stood in the current-state map a future state was made from."""

    touchpoint_id: Id
    stage_id: Id
    position: Fraction = 0.5
    emotion: Emotion = 0.0


class Baseline(ModelBase):
    """The current-state curve, copied into a future-state map when it is made.

    Kept inside the file so the overlay and the per-stage difference work wherever the
    future map travels; points whose stage the future map no longer has are skipped.
    """

    map_id: Id
    title: ShortText = ""
    points: Annotated[list[BaselinePoint], Field(max_length=MAX_TOUCHPOINTS)] = Field(
        default_factory=list
    )


class ReferenceProblem(ValueError):
    """A map-level consistency problem, with the place it was found."""

    def __init__(self, place: str, reason: str) -> None:
        self.place = place
        self.reason = reason
        super().__init__(f"{place}: {reason}")


class JourneyMap(ModelBase):
    """A whole customer journey map: the root of a ``.journey.json`` file."""

    format: Literal["cjdesigner.journey"] = FORMAT
    version: int = Field(default=SCHEMA_VERSION, strict=True)
    id: Id = Field(default_factory=new_id)
    title: Name
    scenario: LongText = ""
    language: Language = Language.EN
    state: MapState = MapState.CURRENT
    author: ShortText = ""
    client: ShortText = ""
    created: Timestamp = Field(default_factory=_utc_now)
    modified: Timestamp = Field(default_factory=_utc_now)
    based_on: Id | None = None
    baseline: Baseline | None = None
    persona: Persona = Field(default_factory=Persona)
    stages: Annotated[list[Stage], Field(max_length=MAX_STAGES)] = Field(default_factory=list)
    touchpoints: Annotated[list[Touchpoint], Field(max_length=MAX_TOUCHPOINTS)] = Field(
        default_factory=list
    )
    pains: Annotated[list[Pain], Field(max_length=MAX_MARKERS)] = Field(default_factory=list)
    opportunities: Annotated[list[Opportunity], Field(max_length=MAX_MARKERS)] = Field(
        default_factory=list
    )
    lanes: Annotated[list[Lane], Field(max_length=MAX_LANES)] = Field(default_factory=list)

    @field_validator("version")
    @classmethod
    def _current_version(cls, value: int) -> int:
        # Older versions are migrated by the loader before validation; newer ones refused.
        if value != SCHEMA_VERSION:
            raise ValueError(
                f"is {value}, but this model holds version {SCHEMA_VERSION} "
                "(load files with load_map, which migrates older versions)"
            )
        return value

    @model_validator(mode="after")
    def _references_resolve(self) -> JourneyMap:
        problem = find_reference_problem(self)
        if problem is not None:
            raise problem
        return self

    # Convenience lookups: linear, but maps are small enough (and callers that need
    # many lookups build their own dict).
    def stage(self, stage_id: str) -> Stage | None:
        """The stage with this id, or None."""
        return next((s for s in self.stages if s.id == stage_id), None)

    def touchpoint(self, touchpoint_id: str) -> Touchpoint | None:
        """The touchpoint with this id, or None."""
        return next((t for t in self.touchpoints if t.id == touchpoint_id), None)

    def stage_index(self, stage_id: str) -> int:
        """Index of the stage on the time axis; -1 when absent."""
        return next((i for i, s in enumerate(self.stages) if s.id == stage_id), -1)


_ID = attrgetter("id")
_STAGE_ID = attrgetter("stage_id")
_TOUCHPOINT_ID = attrgetter("touchpoint_id")
_ANSWERS = attrgetter("answers_pain_id")


def _markers_sound(markers: list, touchpoint_ids: set[str], stage_ids: set[str]) -> bool:
    """True when every marker has exactly one anchor and it exists (C-speed iterators:
    this runs on every load)."""
    on_tp = list(map(_TOUCHPOINT_ID, markers))
    on_stage = list(map(_STAGE_ID, markers))
    no_tp = map(is_, on_tp, repeat(None))
    no_stage = map(is_, on_stage, repeat(None))
    if not all(map(ne, no_tp, no_stage)):
        return False
    tps, stages = set(on_tp), set(on_stage)
    tps.discard(None)
    stages.discard(None)
    return tps <= touchpoint_ids and stages <= stage_ids


def find_reference_problem(journey_map: JourneyMap) -> ReferenceProblem | None:
    """Return the first broken reference or duplicate id in a map, or None when sound.

    Runs on every load, so the common case (everything sound) is a few set operations;
    only a failing check walks the objects to name the place.
    """
    jm = journey_map
    groups = (
        ("stages", jm.stages),
        ("touchpoints", jm.touchpoints),
        ("pains", jm.pains),
        ("opportunities", jm.opportunities),
        ("lanes", jm.lanes),
    )
    stage_ids, touchpoint_ids, pain_ids, opportunity_ids, lane_ids = (
        set(map(_ID, objects)) for _, objects in groups
    )
    count = 2 + sum(len(objects) for _, objects in groups)
    unique = stage_ids | touchpoint_ids | pain_ids | opportunity_ids | lane_ids
    unique.update((jm.id, jm.persona.id))
    if len(unique) != count:
        return _duplicate_id(jm, groups)
    if not set(map(_STAGE_ID, jm.touchpoints)) <= stage_ids:
        index, tp = next(
            (i, t) for i, t in enumerate(jm.touchpoints) if t.stage_id not in stage_ids
        )
        return ReferenceProblem(
            f"touchpoints[{index}].stage_id",
            f"refers to stage {shown(tp.stage_id)}, which is not in the map",
        )
    markers_sound = all(
        _markers_sound(markers, touchpoint_ids, stage_ids)
        for markers in (jm.pains, jm.opportunities)
    )
    for name, markers in (("pains", jm.pains), ("opportunities", jm.opportunities)):
        if markers_sound:
            break  # the walk below only names the place of a problem
        for index, marker in enumerate(markers):
            if (marker.touchpoint_id is None) == (marker.stage_id is None):
                return ReferenceProblem(
                    f"{name}[{index}]", "must be anchored to exactly one touchpoint or one stage"
                )
            if marker.touchpoint_id is not None and marker.touchpoint_id not in touchpoint_ids:
                return ReferenceProblem(
                    f"{name}[{index}].touchpoint_id",
                    f"refers to touchpoint {shown(marker.touchpoint_id)}, which is not in the map",
                )
            if marker.stage_id is not None and marker.stage_id not in stage_ids:
                return ReferenceProblem(
                    f"{name}[{index}].stage_id",
                    f"refers to stage {shown(marker.stage_id)}, which is not in the map",
                )
    answers = set(map(_ANSWERS, jm.opportunities))
    answers.discard(None)
    for index, opp in enumerate(jm.opportunities if not answers <= pain_ids else ()):
        if opp.answers_pain_id is not None and opp.answers_pain_id not in pain_ids:
            return ReferenceProblem(
                f"opportunities[{index}].answers_pain_id",
                f"refers to pain {shown(opp.answers_pain_id)}, which is not in the map",
            )
    for index, lane in enumerate(jm.lanes):
        for stage_id in lane.cells:
            if stage_id not in stage_ids:
                return ReferenceProblem(
                    f"lanes[{index}].cells",
                    f"has notes for stage {shown(stage_id)}, which is not in the map",
                )
    return None


def _duplicate_id(jm: JourneyMap, groups: tuple[tuple[str, list], ...]) -> ReferenceProblem:
    seen: dict[str, str] = {jm.id: "id"}
    if jm.persona.id in seen:
        return ReferenceProblem("persona.id", f"repeats the id {shown(jm.id)} used at id")
    seen[jm.persona.id] = "persona.id"
    for name, objects in groups:
        for index, obj in enumerate(objects):
            place = f"{name}[{index}].id"
            first = seen.setdefault(obj.id, place)
            if first != place:
                return ReferenceProblem(
                    place, f"repeats the id {shown(obj.id)} already used at {first}"
                )
    raise AssertionError("no duplicate id found")  # pragma: no cover - caller checked
