// A response body made of bytes kept in memory (a rendered feed, a kept page), sent as they
// are. `new Response(bytes)` would copy them for every request; many requests a second for a
// large feed or page would then churn through memory. Nothing downstream writes to the bytes.
export function keptBytesStream(chunks: readonly Uint8Array[]): ReadableStream<Uint8Array> {
  let next = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (next < chunks.length) controller.enqueue(chunks[next++]);
      else controller.close();
    },
  });
}
