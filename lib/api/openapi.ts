// The OpenAPI 3.1 description of the JSON API, served at /api/openapi.json. Its schemas are
// the contract: the API's own tests validate every answer against them. Pure.
import { ITEM_KINDS } from "../model/item";
import { STATUS_FILTERS } from "../items/filters";
import { ITEM_STATUSES, MAX_LIMIT, DEFAULT_LIMIT, type ApiItem } from "./item-json";
import { API_ERROR_CODES } from "./errors";

const nullable = (schema: Record<string, unknown>) => ({ ...schema, type: [schema.type, "null"] });
const date = { type: "string", format: "date", description: "A calendar date, YYYY-MM-DD, without a time zone." };
const instant = { type: "string", format: "date-time", description: "An instant, ISO 8601 with a time zone." };
const error = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});
const list = (name: string, description: string) => ({
  name,
  in: "query",
  description: `${description} A comma-separated list, or the parameter repeated.`,
  schema: { type: "string" },
});

export const OPENAPI_SCHEMAS = {
  Item: {
    type: "object",
    additionalProperties: false,
    required: [
      "id",
      "kind",
      "title",
      "reference",
      "summary",
      "url",
      "issuer",
      "topics",
      "sentDate",
      "deadline",
      "start",
      "end",
      "startTime",
      "endTime",
      "location",
      "online",
      "status",
      "cancelled",
      "cancelReason",
      "createdAt",
      "updatedAt",
      "links",
    ] satisfies (keyof ApiItem)[],
    properties: {
      id: { type: "string", format: "uuid" },
      kind: { type: "string", enum: [...ITEM_KINDS] },
      title: { type: "string" },
      reference: nullable({ type: "string", description: "The document's reference, e.g. NOU 2024:17." }),
      summary: nullable({ type: "string" }),
      url: nullable({ type: "string", description: "The issuer's page about the item." }),
      issuer: { $ref: "#/components/schemas/Issuer" },
      topics: { type: "array", items: { $ref: "#/components/schemas/Topic" } },
      sentDate: nullable({ ...date, description: "When a hearing was sent out." }),
      deadline: nullable({ ...date, description: "Answers are due by the end of this day in Europe/Oslo." }),
      start: nullable({ ...date, description: "A seminar's first day." }),
      end: nullable({ ...date, description: "A seminar's last day." }),
      startTime: nullable({ ...instant, description: "A timed seminar's start." }),
      endTime: nullable({ ...instant, description: "A timed seminar's end." }),
      location: nullable({ type: "string" }),
      online: { type: "boolean" },
      status: { type: "string", enum: [...ITEM_STATUSES], description: "As of the request, in Europe/Oslo." },
      cancelled: { type: "boolean" },
      cancelReason: nullable({ type: "string" }),
      createdAt: instant,
      updatedAt: instant,
      links: {
        type: "object",
        additionalProperties: false,
        required: ["self", "html", "calendar"],
        properties: {
          self: { type: "string", format: "uri" },
          html: { type: "string", format: "uri" },
          calendar: { type: "string", format: "uri" },
        },
      },
    },
  },
  Issuer: {
    type: "object",
    additionalProperties: false,
    required: ["slug", "shortName", "name"],
    properties: { slug: { type: "string" }, shortName: { type: "string" }, name: { type: "string" } },
  },
  Topic: {
    type: "object",
    additionalProperties: false,
    required: ["slug", "name"],
    properties: { slug: { type: "string" }, name: { type: "string" } },
  },
  ItemList: {
    type: "object",
    additionalProperties: false,
    required: ["items", "nextCursor"],
    properties: {
      items: { type: "array", items: { $ref: "#/components/schemas/Item" } },
      nextCursor: nullable({ type: "string", description: "Pass as `cursor` for the next page; null on the last page." }),
    },
  },
  Error: {
    type: "object",
    additionalProperties: false,
    required: ["error"],
    properties: {
      error: {
        type: "object",
        additionalProperties: false,
        required: ["code", "message", "field"],
        properties: {
          code: { type: "string", enum: [...API_ERROR_CODES] },
          message: { type: "string" },
          field: nullable({ type: "string", description: "The query parameter at fault, if one is." }),
        },
      },
    },
  },
} as const;

const RATE_LIMITED = {
  ...error("Too many requests from this address in the current minute."),
  headers: { "Retry-After": { description: "Seconds until the next minute begins.", schema: { type: "integer" } } },
};

export function openApiDocument(baseUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Fristvakt API",
      version: "1.0.0",
      description: "Public hearings, invitations to give input, seminars and deadlines tracked by Fristvakt. Public items only.",
    },
    servers: [{ url: baseUrl }],
    paths: {
      "/api/items": {
        get: {
          operationId: "listItems",
          summary: "Items, soonest first (or least recently updated first with updatedSince), a page at a time.",
          parameters: [
            list("actor", "Only items from these issuers (slugs)."),
            list("topic", "Only items on any of these topics (slugs)."),
            list("kind", `Only these kinds: ${ITEM_KINDS.map((k) => k.toLowerCase()).join(", ")} (any case).`),
            {
              name: "status",
              in: "query",
              description: "One status, evaluated now in Europe/Oslo.",
              schema: { type: "string", enum: [...STATUS_FILTERS] },
            },
            {
              name: "updatedSince",
              in: "query",
              description: "Only items changed at or after this instant; orders by updatedAt.",
              schema: instant,
            },
            {
              name: "cursor",
              in: "query",
              description: "From the previous page's nextCursor, with the same other parameters.",
              schema: { type: "string" },
            },
            {
              name: "limit",
              in: "query",
              description: `Items per page (default ${DEFAULT_LIMIT}).`,
              schema: { type: "integer", minimum: 1, maximum: MAX_LIMIT },
            },
          ],
          responses: {
            "200": {
              description: "A page of items.",
              content: { "application/json": { schema: { $ref: "#/components/schemas/ItemList" } } },
            },
            "400": error("A parameter is unknown or not valid; `field` names it."),
            "429": RATE_LIMITED,
            "503": error("The database does not answer; try again after Retry-After seconds."),
          },
        },
      },
      "/api/items/{id}": {
        get: {
          operationId: "getItem",
          summary: "One item.",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
          responses: {
            "200": { description: "The item.", content: { "application/json": { schema: { $ref: "#/components/schemas/Item" } } } },
            "404": error("No item has this id."),
            "429": RATE_LIMITED,
            "503": error("The database does not answer; try again after Retry-After seconds."),
          },
        },
      },
      "/api/openapi.json": {
        get: { operationId: "getOpenApi", summary: "This document.", responses: { "200": { description: "OpenAPI 3.1 document." } } },
      },
    },
    components: { schemas: OPENAPI_SCHEMAS },
  };
}
