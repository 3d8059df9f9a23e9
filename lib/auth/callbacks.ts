import "server-only";
import type { NextAuthConfig } from "next-auth";
import type { Db } from "../db/prisma";
import { findActiveUserIdByEmail } from "./load-viewer";
import { sessionClaimsOf, startSession } from "./sessions";
import { OIDC_PROVIDER_ID, verifiedEmailOf } from "./oidc";

type Callbacks = NonNullable<NextAuthConfig["callbacks"]>;

/**
 * Auth.js callbacks. The session cookie carries only the user's id (`sub`), the user's session
 * version at sign-in (`sv`) and the session's own id (`sid`): role, organisation, whether the
 * user is disabled and whether the session was ended are read from the database on every
 * request by getViewer, never trusted from the cookie.
 */
export function createAuthCallbacks(getDb: () => Db): Callbacks {
  const userIdForProfile = async (profile: Record<string, unknown> | undefined) => {
    const email = verifiedEmailOf(profile);
    return email ? findActiveUserIdByEmail(getDb(), email) : null;
  };
  return {
    async signIn({ account, profile }) {
      // The Credentials provider's authorize() has already checked password and throttling.
      if (account?.type === "credentials") return true;
      if (account?.provider !== OIDC_PROVIDER_ID) return false;
      return (await userIdForProfile(profile)) !== null;
    },
    async jwt({ token, user, account, profile }) {
      if (!account) {
        const claims = sessionClaimsOf(token);
        return claims ? { sub: claims.userId, sv: claims.version, ...(claims.sessionId ? { sid: claims.sessionId } : {}) } : null;
      }
      const userId = account.type === "credentials" ? (user?.id ?? null) : await userIdForProfile(profile);
      return userId ? startSession(getDb(), userId) : null;
    },
    session({ session, token }) {
      return { expires: session.expires, user: { id: token.sub, sv: token.sv, sid: token.sid } } as unknown as typeof session;
    },
  };
}
