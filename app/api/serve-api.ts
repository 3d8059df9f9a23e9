// The HTTP side of the JSON API, in one place: the per-address limit first (bad requests
// count too), then the handler; every refusal is JSON in the same shape, and a database that
// does not answer gives 503 with Retry-After rather than a server error page.
import "server-only";
import { clientAddressFromHeaders } from "@/lib/auth/client-address";
import { getDb } from "@/lib/db/client";
import type { Db } from "@/lib/db/prisma";
import { apiError, type ApiError } from "@/lib/api/errors";
import { countApiRequest } from "@/lib/api/rate-limit";
import { apiRateLimitFromEnv } from "@/lib/api/settings";
import { publicBaseUrlFromEnv } from "@/lib/feeds/settings";
import type { TimeContext } from "@/lib/items/queries";
import { currentTimeContext } from "@/lib/items/time-context";

const STATUS_OF: Record<ApiError["code"], number> = {
  invalid_parameter: 400,
  unknown_parameter: 400,
  not_found: 404,
  rate_limited: 429,
  unavailable: 503,
};

const BASE_HEADERS = { "Cache-Control": "no-store", "Access-Control-Allow-Origin": "*" };

export interface ApiContext {
  db: Db;
  time: TimeContext;
  baseUrl: string;
}

export function jsonAnswer(body: unknown, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status: 200, headers: { ...BASE_HEADERS, ...headers } });
}

export function errorAnswer(error: ApiError, headers: Record<string, string> = {}): Response {
  return Response.json({ error }, { status: STATUS_OF[error.code], headers: { ...BASE_HEADERS, ...headers } });
}

export async function serveApi(request: Request, handle: (context: ApiContext) => Promise<Response>): Promise<Response> {
  try {
    const db = getDb();
    const time = currentTimeContext();
    const address = clientAddressFromHeaders(request.headers) ?? "unknown";
    const limit = await countApiRequest(db, `api:${address}`, apiRateLimitFromEnv(), time.now);
    const limitHeaders = { "X-RateLimit-Limit": String(limit.limit), "X-RateLimit-Remaining": String(limit.remaining) };
    if (!limit.isAllowed) {
      const message = `More than ${limit.limit} requests a minute from this address. Try again in ${limit.retryAfterSeconds} seconds.`;
      return errorAnswer(apiError("rate_limited", message), { ...limitHeaders, "Retry-After": String(limit.retryAfterSeconds) });
    }
    const response = await handle({ db, time, baseUrl: publicBaseUrlFromEnv() });
    for (const [name, value] of Object.entries(limitHeaders)) response.headers.set(name, value);
    return response;
  } catch (error) {
    console.error("The JSON API could not answer:", error);
    return errorAnswer(apiError("unavailable", "Fristvakt cannot reach its database just now. Try again shortly."), {
      "Retry-After": "30",
    });
  }
}
