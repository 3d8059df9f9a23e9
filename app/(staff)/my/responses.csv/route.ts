import "server-only";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { currentTime } from "@/lib/deadlines";
import { isAppError } from "@/lib/errors";
import { getLocale } from "@/lib/auth/viewer-i18n";
import { getMyOrganisation } from "@/lib/organisations/queries";
import { listResponsesForOrganisation } from "@/lib/responses/queries";
import { CSV_CONTENT_TYPE, responsesCsvFileName, toResponsesCsv } from "@/lib/responses/csv";

export const dynamic = "force-dynamic";

/** The viewer's organisation's responses as a spreadsheet; nobody else's, whatever is asked. */
export async function GET() {
  const viewer = await getViewer();
  const db = getDb();
  try {
    const [organisation, entries, locale] = await Promise.all([
      getMyOrganisation(db, viewer),
      listResponsesForOrganisation(db, viewer),
      getLocale(),
    ]);
    if (!organisation) return new Response("Not found\n", { status: 404 });
    const body = toResponsesCsv(entries, { separator: ";", locale });
    return new Response(body, {
      headers: {
        "content-type": CSV_CONTENT_TYPE,
        "content-disposition": `attachment; filename="${responsesCsvFileName(organisation.slug, currentTime())}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    if (isAppError(error))
      return new Response("Sign in as a member of an organisation.\n", { status: error.code === "UNAUTHENTICATED" ? 401 : 403 });
    throw error;
  }
}
