import { toApiItem } from "@/lib/api/item-json";
import { apiError } from "@/lib/api/errors";
import { getItem } from "@/lib/items/queries";
import { errorAnswer, jsonAnswer, serveApi } from "../../serve-api";

export const dynamic = "force-dynamic";

/** GET /api/items/<id>: one item; an id that is not one answers 404 like one that does not exist. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return serveApi(request, async ({ db, time, baseUrl }) => {
    const item = await getItem(db, id);
    if (!item) return errorAnswer(apiError("not_found", `No item has the id "${id.slice(0, 100)}".`));
    return jsonAnswer(toApiItem(item, baseUrl, time.now, time.closingSoonDays));
  });
}
