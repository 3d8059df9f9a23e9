// The seed data: the actors, topics and items of the two KOM newsletters.
import { actors } from "./actors";
import { newsletter2023Q1 } from "./newsletter-2023-q1";
import { newsletter2024Q4 } from "./newsletter-2024-q4";
import { topics } from "./topics";
import type { SeedNewsletter } from "./types";

export const newsletters: SeedNewsletter[] = [newsletter2024Q4, newsletter2023Q1];

export { actors, topics };
export type { SeedNewsletter } from "./types";
