// "Hei Kari Nordmann," by the person's name; "Hei," when the name is only the part of the
// address before @ (what `npm run user:create` used to fill in), so nobody is greeted
// "Hei kari," from their e-mail address. Pure.
import { interpolate } from "../i18n/messages";

export function isNameFromAddress(name: string, email: string): boolean {
  const local = email.split("@")[0]?.trim().toLowerCase() ?? "";
  return name.trim().toLowerCase() === local;
}

export function greetingFor(person: { name: string; email: string }, words: { greeting: string; greetingNoName: string }): string {
  const name = person.name.trim();
  return !name || isNameFromAddress(name, person.email) ? words.greetingNoName : interpolate(words.greeting, { name });
}
