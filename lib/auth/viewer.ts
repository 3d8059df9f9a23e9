import "server-only";
import { cache } from "react";
import { getDb } from "../db/client";
import { auth } from "./config";
import { loadViewer } from "./load-viewer";
import { ANONYMOUS, type Viewer } from "./viewer-types";

/**
 * Who is asking, for pages, server actions and route handlers: the session only names the
 * user; role, organisation and "disabled" come from the database on every request.
 * Cached per request, so a page and its components share one lookup.
 */
export const getViewer = cache(async (): Promise<Viewer> => {
  const session = await auth();
  const userId = session?.user?.id;
  return userId ? loadViewer(getDb(), userId) : ANONYMOUS;
});
