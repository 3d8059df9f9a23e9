// Loaded into the served app's process (`node --import` by next-process.ts). Next.js drops a
// Content-Encoding header a route handler sets, and compresses every body again; a handler
// that already holds compressed bytes (the calendar feeds: lib/feeds/content-encoding.ts)
// names their encoding in x-fristvakt-content-encoding instead, and this passes it on as
// Content-Encoding. Next.js's compression then leaves the body as it is ("already encoded").
import http from "node:http";

const PRIVATE_HEADER = "x-fristvakt-content-encoding";
const prototype = http.ServerResponse.prototype;
const setHeader = prototype.setHeader;
const appendHeader = prototype.appendHeader;

// Called for every header of every response: the length is compared before any lower-casing.
function isPrivate(name) {
  return typeof name === "string" && name.length === PRIVATE_HEADER.length && name.toLowerCase() === PRIVATE_HEADER;
}

prototype.setHeader = function passEncodingOnSet(name, value) {
  return setHeader.call(this, isPrivate(name) ? "Content-Encoding" : name, value);
};
prototype.appendHeader = function passEncodingOnAppend(name, value) {
  return appendHeader.call(this, isPrivate(name) ? "Content-Encoding" : name, value);
};

globalThis.fristvaktPassesContentEncoding = true;
