// How an actor is named in running text. Pure.
import type { ActorRef } from "../model/item";

/**
 * Whether the short name adds anything to the full name: not when they are the same, nor when
 * the name already carries it ("Europarådets ekspertgruppe mot menneskehandel (GRETA)").
 */
export function isShortNameUseful(actor: Pick<ActorRef, "name" | "shortName">): boolean {
  const short = actor.shortName.trim().toLowerCase();
  if (!short) return false;
  const name = actor.name.toLowerCase();
  if (name === short) return false;
  const escaped = short.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return !new RegExp(`(^|[\\s(«"])${escaped}($|[\\s),»".])`, "u").test(name);
}

/** "Justis- og beredskapsdepartementet (JD)", or the name alone when the short name adds nothing. */
export function actorLabel(actor: Pick<ActorRef, "name" | "shortName">): string {
  return isShortNameUseful(actor) ? `${actor.name} (${actor.shortName})` : actor.name;
}
