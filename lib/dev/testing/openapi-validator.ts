// Validates API answers against the schemas in Fristvakt's own OpenAPI document (JSON Schema
// 2020-12, as OpenAPI 3.1 uses), with the formats it names checked too.
import { Ajv2020 } from "ajv/dist/2020.js";
import { isCalendarDate } from "../../model/calendar-date";
import { isIsoInstant } from "../../model/instant";
import { isUuid } from "../../model/uuid";
import { openApiDocument } from "../../api/openapi";

const DOCUMENT_ID = "https://fristvakt.test/openapi.json";

function isUrl(value: string): boolean {
  try {
    return Boolean(new URL(value));
  } catch {
    return false;
  }
}

export function createOpenApiValidator(baseUrl: string) {
  const document = openApiDocument(baseUrl);
  // Not strict: the document's other keys (paths, info, …) are OpenAPI's, not JSON Schema's.
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addFormat("date", { type: "string", validate: isCalendarDate });
  ajv.addFormat("date-time", {
    type: "string",
    validate: isIsoInstant,
  });
  ajv.addFormat("uri", { type: "string", validate: isUrl });
  ajv.addFormat("uuid", { type: "string", validate: isUuid });
  ajv.addSchema({ $id: DOCUMENT_ID, ...document });
  return {
    document,
    /** Null when `body` matches the named component schema, else ajv's complaints. */
    errorsFor(schema: "Item" | "ItemList" | "Error", body: unknown): string | null {
      const validate = ajv.getSchema(`${DOCUMENT_ID}#/components/schemas/${schema}`);
      if (!validate) throw new Error(`The OpenAPI document has no schema ${schema}.`);
      return validate(body) ? null : ajv.errorsText(validate.errors);
    },
  };
}
