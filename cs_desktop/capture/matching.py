"""Whose meeting or mail it is: participants matched to stakeholders' emails and account domains.

A participant whose address is a stakeholder's is that stakeholder, of that account. One whose
address is no stakeholder's counts for the account whose domain is the address's domain (or a
parent of it: ``mail.acme.co.jp`` is ``acme.co.jp``). Stakeholders decide first; domains only
when no stakeholder is there. When the participants point to several accounts, the one most of
them point to wins; a tie is no match (the item waits in the unmatched list). Archived accounts
match only through their stakeholders.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from cs_desktop.capture.items import Person
from cs_desktop.models import Account, Stakeholder

_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://")


def email_key(address: str) -> str:
    return address.strip().strip("<>").casefold()


def domain_key(text: str) -> str:
    """A bare lower-case host: ``https://www.Acme.com/x`` and ``a@acme.com`` are ``acme.com``."""
    host = _SCHEME.sub("", text.strip().casefold()).split("/", 1)[0].split("?", 1)[0]
    return host.rsplit("@", 1)[-1].split(":", 1)[0].removeprefix("www.").rstrip(".")


@dataclass(frozen=True)
class Match:
    """The account an item belongs to (None: none, or several tied), and who was there.

    Attributes:
        account_id: the account, or None.
        stakeholder_ids: the account's stakeholders among the participants.
        others: the participants who are none of its stakeholders, as ``Name <address>``.
        candidates: the accounts tied for the item when there are several.
    """

    account_id: int | None
    stakeholder_ids: tuple[int, ...] = ()
    others: tuple[str, ...] = ()
    candidates: tuple[int, ...] = ()


@dataclass
class PeopleIndex:
    """Every stakeholder by address and every account by domain: two queries for a whole file."""

    stakeholders: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    domains: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Session) -> PeopleIndex:
        stakeholders: dict[str, list[tuple[int, int]]] = defaultdict(list)
        query = select(Stakeholder.email, Stakeholder.account_id, Stakeholder.id).where(
            Stakeholder.email.is_not(None), Stakeholder.email != ""
        )
        for address, account_id, stakeholder_id in session.execute(query.order_by(Stakeholder.id)):
            stakeholders[email_key(address or "")].append((account_id, stakeholder_id))
        domains: dict[str, list[int]] = defaultdict(list)
        accounts = select(Account.domain, Account.id).where(
            Account.domain.is_not(None), Account.archived_at.is_(None)
        )
        for domain, account_id in session.execute(accounts.order_by(Account.id)):
            key = domain_key(domain or "")
            if key:
                domains[key].append(account_id)
        return cls(dict(stakeholders), dict(domains))

    def match(self, people: Iterable[Person]) -> Match:
        people = list(people)
        by_stakeholder: Counter[int] = Counter()
        by_domain: Counter[int] = Counter()
        present: dict[int, list[int]] = defaultdict(list)  # account -> its stakeholders there
        for person in people:
            found = self.stakeholders.get(email_key(person.email), [])
            for account_id in {account for account, _ in found}:
                by_stakeholder[account_id] += 1
            for account_id, stakeholder_id in found:
                present[account_id].append(stakeholder_id)
            if not found:
                for account_id in set(self._by_domain(person.email)):
                    by_domain[account_id] += 1
        votes = by_stakeholder or by_domain
        if not votes:
            return Match(None)
        ranked = votes.most_common()
        best = [account for account, count in ranked if count == ranked[0][1]]
        if len(best) > 1:
            return Match(None, candidates=tuple(sorted(best)))
        account_id = best[0]
        ids = tuple(dict.fromkeys(present.get(account_id, [])))
        others = tuple(
            p.shown()
            for p in people
            if all(a != account_id for a, _ in self.stakeholders.get(email_key(p.email), ()))
        )
        return Match(account_id, ids, others)

    def _by_domain(self, address: str) -> list[int]:
        host = domain_key(address)
        while host:
            found = self.domains.get(host)
            if found:
                return found
            host = host.partition(".")[2]
        return []
