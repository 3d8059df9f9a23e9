import "server-only";
import { notFound, unauthorized } from "next/navigation";
import { isAppError } from "@/lib/errors";

/**
 * For forms that answer with a page rather than a message of their own: lib's refusal becomes
 * 401 (not signed in: app/unauthorized.tsx offers the sign-in) or 404 (someone else's, gone, or
 * not a valid id: answered like something that does not exist), each a page with a sentence,
 * never a 500. Anything else is rethrown: Next's redirects travel as exceptions.
 */
export function answerRefusal(error: unknown): never {
  if (isAppError(error)) {
    if (error.code === "UNAUTHENTICATED") unauthorized();
    if (error.code === "FORBIDDEN" || error.code === "NOT_FOUND" || error.code === "INVALID_INPUT") notFound();
  }
  throw error;
}
