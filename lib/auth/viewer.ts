import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { getDb } from "../db/client";
import { loadViewer } from "./load-viewer";
import { sessionClaimsOf } from "./sessions";
import { dataDirFromEnv } from "../settings/data-dir";
import { resolveAuthSecret } from "./secret";
import { createSessionReader, type SessionReader } from "./session-token";
import { ANONYMOUS, type Viewer } from "./viewer-types";

// Made on first use, with the secret Auth.js signs sessions with (config.ts).
let sessionReader: SessionReader | null = null;

/**
 * Who is asking, for pages, server actions and route handlers: the session cookie only names
 * the user (read by session-token.ts, as Auth.js would decode it); role, organisation and
 * "disabled" come from the database on every request. Cached per request, so a page and its
 * components share one lookup.
 */
export const getViewer = cache(async (): Promise<Viewer> => {
  sessionReader ??= createSessionReader(resolveAuthSecret(dataDirFromEnv()).secret);
  const claims = sessionClaimsOf(await sessionReader.read((await cookies()).getAll()));
  return claims ? loadViewer(getDb(), claims) : ANONYMOUS;
});
