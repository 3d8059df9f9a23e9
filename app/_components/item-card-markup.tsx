"use client";
// An item card's markup, from the few words the server worked out for it (item-card.tsx).
// A client component on purpose: a page's payload then carries each card's strings, not its
// tree of elements, and the server builds each card's elements once (for the HTML) instead of
// building, sending and reading back the tree. With 40 cards, "Mine frister" took about 10 %
// less CPU per request (npm run bench:signed-in). It holds no logic: dates, statuses and
// words are decided on the server, so nothing of the rules reaches the browser.
import type { ReactNode } from "react";

/** What a card shows, every text in the page's language. */
export interface CardView {
  id: string;
  /** The item's kind in lower case ("hearing", "strategy_input"…), for the card's class. */
  kind: string;
  kindLabel: string;
  isCancelled: boolean;
  status: { tone: string; label: string };
  /** "Kort frist" on a hearing with a short deadline. */
  shortLabel: string | null;
  /** The viewer's organisation's response. */
  response: { tone: string; label: string } | null;
  title: string;
  issuer: { name: string; shortName: string };
  reference: string | null;
  /** "Frist: " before a deadline, nothing before a seminar's days. */
  whenLabel: string;
  /** The machine-readable day of the date line. */
  dateTime: string | undefined;
  when: string;
  countdown: string | null;
  headingLevel: "h2" | "h3";
}

export function ItemCardMarkup({ view, children }: { view: CardView; children?: ReactNode }) {
  const Heading = view.headingLevel;
  return (
    <article className={`item-card kind-${view.kind}${view.isCancelled ? " is-cancelled" : ""}`} data-item-id={view.id}>
      <p className="item-meta">
        <span className="kind-badge">{view.kindLabel}</span>
        <span className={`status-badge status-${view.status.tone}`}>{view.status.label}</span>
        {view.shortLabel && <span className="short-badge">{view.shortLabel}</span>}
        {view.response && <span className={`response-badge response-${view.response.tone}`}>{view.response.label}</span>}
      </p>
      <Heading className="item-title">
        <a href={`/items/${view.id}`}>{view.title}</a>
      </Heading>
      <p className="item-facts">
        <abbr title={view.issuer.name} className="issuer">
          {view.issuer.shortName}
        </abbr>
        {view.reference && <span className="reference">{view.reference}</span>}
        <span className="when">
          {view.whenLabel}
          <time dateTime={view.dateTime}>{view.when}</time>
        </span>
        {view.countdown !== null && <span className="countdown">{view.countdown}</span>}
      </p>
      {children}
    </article>
  );
}
