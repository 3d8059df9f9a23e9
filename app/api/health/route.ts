import { isDatabaseReachable } from "@/lib/db/health";

// Never cached: a load balancer asks this to decide whether to send traffic here.
export const dynamic = "force-dynamic";

export async function GET() {
  const isUp = await isDatabaseReachable();
  return Response.json(
    { db: isUp ? "ok" : "unavailable" },
    { status: isUp ? 200 : 503, headers: { "Cache-Control": "no-store", ...(isUp ? {} : { "Retry-After": "30" }) } },
  );
}
