"""Speaker resolution: from a mention ("he", "the Senator", "Morris") to a named speaker.

A :class:`Registry` holds the people and organisations of one document. Names are merged
to the longest full name that contains them ("Morris" -> "Haley Morris"); roles found next
to a name ("Deputy Speaker of the Federation Council Inna Svyatenko", "Jane Doe, the health
minister") stay with that person. Pronouns go to the most recent compatible person (gender
from titles and first names), role nouns to the last person holding that role, else to the
last speaker.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import lexicon
from . import mentions as M


@dataclass
class Entity:
    name: str
    kind: str = "person"  # person, organisation, anonymous
    role: str | None = None
    gender: str = "-"
    roles: set[str] = field(default_factory=set)

    @property
    def parts(self) -> list[str]:
        return [M.bare(p) for p in self.name.split()]

    @property
    def words(self) -> list[str]:
        """The words of the name that identify the person (initials aside)."""
        return [p for p in self.parts if len(p) > 1]


@dataclass
class Resolution:
    entity: Entity | None
    how: str  # name, surname, role, pronoun, organisation, anonymous, unresolved


class Registry:
    """The people of one document, and who was last mentioned or speaking."""

    def __init__(self, given_names: bool = False):
        # fiction calls people by their given names alone ("Martha"); news by surnames,
        # many of which are given names too ("Graham", "Clinton")
        self.given_names = given_names
        self.people: dict[str, Entity] = {}
        self.by_word: dict[str, dict[int, Entity]] = {}  # name word -> people, in order seen
        self.recent: list[Entity] = []  # salient people, most recent last
        self.last_speaker: Entity | None = None

    def _register(self, person: Entity) -> None:
        self.people[person.name] = person
        for word in person.words:
            self.by_word.setdefault(word, {})[id(person)] = person

    # building -------------------------------------------------------------------------
    def add_name(self, mention: M.Mention) -> Entity | None:
        """Register a name mention with its role; returns the person it names."""
        if mention.kind != "name" or not mention.name:
            return None
        parts = mention.name.split()
        if len(parts) < 2:
            person = self.find_name(mention.name, mention.gender)
            if person is not None and self._another_mrs(mention, person):
                name = f"Mrs. {mention.name}"
                person = self.people.get(name) or Entity(name, gender="f", roles={"mrs"})
                self._register(person)
            return person or self._given_name(mention.name)
        person = self.find_name(mention.name, mention.gender)
        if person is None:  # "Martha", then "Martha Hale": the given name seen first
            first = self.people.get(parts[0])
            person = first if first is not None and len(first.parts) == 1 else None
        if person is None or len(person.parts) < len(parts):
            if person is not None:  # a longer form of a name seen before
                self.people.pop(person.name, None)
                person.name = mention.name
            else:
                person = Entity(mention.name)
            self._register(person)
        if mention.role and not person.role:
            person.role = mention.role
        person.roles |= set(mention.roles)
        if person.gender == "-":
            person.gender = mention.gender
        return person

    def _another_mrs(self, mention: M.Mention, person: Entity) -> bool:
        """In fiction, "Mrs. Hilbery" after "Katharine Hilbery" (a given name and the
        surname) is another woman of the family, her mother, unless Katharine was herself
        called Mrs. Hilbery; news calls Hillary Clinton "Mrs. Clinton"."""
        words = person.words
        return (
            self.given_names
            and "mrs" in mention.roles
            and len(words) > 1
            and words[0] in lexicon.first_names()  # "Aunt Shaw" is Mrs. Shaw
            and words[-1] == M.bare(mention.name or "")
            and "mrs" not in person.roles
        )

    def _given_name(self, name: str) -> Entity | None:
        """A person known by a given name alone ("Martha", as in fiction), registered so
        that later pronouns find her; a lone word that is no given name stays unknown."""
        gender = lexicon.first_names().get(M.bare(name)) if self.given_names else None
        if gender is None:
            return None
        person = Entity(name, gender=gender)
        self._register(person)
        return person

    def find_name(self, name: str, gender: str = "-") -> Entity | None:
        """The person whose full name contains every word of name (initials aside), of a
        compatible gender ("Mr. Farrow" is not Lena Farrow)."""
        want = [p for p in (M.bare(w) for w in name.split()) if len(p) > 1]
        if not want:
            return None
        best = None
        for person in self.by_word.get(want[-1], {}).values():
            parts = person.words
            if not parts:
                continue
            if gender != "-" and person.gender not in ("-", gender):
                continue
            if want == parts:
                return person
            if set(want) <= set(parts) and (want[-1] == parts[-1] or len(want) == 1):
                if best is None or len(parts) > len(best.words):
                    best = person
        return best

    def note(self, entity: Entity | None, speaking: bool = False) -> None:
        if entity is None or entity.kind != "person":
            return
        if entity in self.recent:
            self.recent.remove(entity)
        self.recent.append(entity)
        del self.recent[:-20]
        if speaking:
            self.last_speaker = entity

    @staticmethod
    def _compatible(person: Entity, mention: M.Mention) -> bool:
        return mention.gender == "-" or person.gender in (mention.gender, "-")

    # resolving ------------------------------------------------------------------------
    def resolve(self, mention: M.Mention) -> Resolution:
        if mention.kind == "name":
            person = self.add_name(mention)
            if person is not None:
                how = "name" if person.name == mention.name else "surname"
                return Resolution(person, how)
            return Resolution(Entity(mention.name or mention.text, gender=mention.gender), "name")
        if mention.kind == "relative":
            if mention.antecedent is not None:
                res = self.resolve(mention.antecedent)
                return Resolution(res.entity, "relative")
            return Resolution(None, "unresolved")
        if mention.kind == "pronoun":
            if mention.text.lower() in {"they", "it", "i", "we", "you"}:
                return Resolution(None, "unresolved")
            # the most recent compatible person; in fiction, one known to be a he or a
            # she before any of unknown sex ("the Red Indians", "Chancery Lane")
            sure = self.given_names and mention.gender != "-"
            for person in reversed(self.recent):
                if person.gender == mention.gender or (
                    not sure and self._compatible(person, mention)
                ):
                    return Resolution(person, "pronoun")
            for person in reversed(self.recent):
                if self._compatible(person, mention):
                    return Resolution(person, "pronoun")
            return Resolution(None, "unresolved")
        if mention.kind == "role":
            words = set(mention.roles)
            for person in reversed(self.recent):
                if words & person.roles or (
                    person.role and mention.role and mention.role.lower() in person.role.lower()
                ):
                    return Resolution(person, "role")
            owned = M.POSSESSIVE.search(mention.text.split()[0]) is not None  # "York's manager"
            if self.last_speaker is not None and not owned:
                return Resolution(self.last_speaker, "role-speaker")
            return Resolution(Entity(mention.role or mention.text, kind="anonymous"), "anonymous")
        if mention.kind == "description":
            return Resolution(Entity(mention.text, kind="anonymous"), "anonymous")
        if mention.kind == "org":
            if mention.name and " " not in mention.name:
                person = self.find_name(mention.name)  # "Cuban" may be Mark Cuban
                if person is not None:
                    return Resolution(person, "surname")
            return Resolution(Entity(mention.name or mention.text, kind="organisation"), "org")
        return Resolution(Entity(mention.text, kind="anonymous"), "anonymous")
