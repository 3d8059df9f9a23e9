import { openApiDocument } from "@/lib/api/openapi";
import { publicBaseUrlFromEnv } from "@/lib/feeds/settings";

export const dynamic = "force-dynamic";

/** The API's description; no database involved, so it is not counted against the limit. */
export function GET() {
  return Response.json(openApiDocument(publicBaseUrlFromEnv()), {
    headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" },
  });
}
