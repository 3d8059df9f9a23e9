import "server-only";
import { cache } from "react";
import { getDb } from "../db/client";
import { auth } from "./config";
import { loadViewer } from "./load-viewer";
import { sessionClaimsOf } from "./sessions";
import { ANONYMOUS, type Viewer } from "./viewer-types";

/**
 * Who is asking, for pages, server actions and route handlers: the session only names the
 * user; role, organisation and "disabled" come from the database on every request.
 * Cached per request, so a page and its components share one lookup.
 */
export const getViewer = cache(async (): Promise<Viewer> => {
  const session = await auth();
  const user = session?.user as { id?: string; sv?: number; sid?: string } | undefined;
  const claims = sessionClaimsOf(user ? { sub: user.id, sv: user.sv, sid: user.sid } : null);
  return claims ? loadViewer(getDb(), claims) : ANONYMOUS;
});
