// Writes content lines straight into UTF-8 bytes, folded by octets as RFC 5545 3.1 asks:
// no line longer than 75 octets, CRLF after each, a continuation starting with one space.
// Folding the bytes rather than the text means nothing is split inside a UTF-8 sequence by
// construction, and a feed of thousands of events leaves almost no garbage behind.
const MAX_LINE_OCTETS = 75;
const CR = 0x0d;
const LF = 0x0a;
const SPACE = 0x20;
const BACKSLASH = 0x5c;

// Output goes into chunks of this size: a feed of thousands of events is never one huge
// allocation (whose fresh pages made large feeds slower per event than small ones).
const CHUNK_OCTETS = 64 * 1024;

export class CalendarWriter {
  private readonly encoder = new TextEncoder();
  private readonly chunkOctets: number;
  private readonly done: Uint8Array<ArrayBuffer>[] = [];
  private scratch = new Uint8Array(1024);
  private out: Uint8Array<ArrayBuffer>;
  private length = 0;

  constructor(chunkOctets = CHUNK_OCTETS) {
    this.chunkOctets = chunkOctets;
    this.out = new Uint8Array(chunkOctets);
  }

  /** Appends one content line (without its CRLF), folded. */
  line(text: string): void {
    // A UTF-16 unit never takes more than 3 UTF-8 octets.
    if (text.length * 3 > this.scratch.length) this.scratch = new Uint8Array(text.length * 3);
    const octets = this.encoder.encodeInto(text, this.scratch).written;
    // A fold adds 3 octets and comes at most every 71 (74, less up to 3 to stay out of a
    // UTF-8 sequence); typed arrays drop writes past their end, so the room must be certain.
    this.reserve(octets + Math.ceil(octets / 70) * 3 + 2);
    let start = 0;
    let limit = MAX_LINE_OCTETS;
    while (octets - start > limit) {
      const cut = this.foldPoint(start, start + limit);
      this.copy(start, cut);
      this.out[this.length++] = CR;
      this.out[this.length++] = LF;
      this.out[this.length++] = SPACE;
      start = cut;
      limit = MAX_LINE_OCTETS - 1;
    }
    this.copy(start, octets);
    this.out[this.length++] = CR;
    this.out[this.length++] = LF;
  }

  /** The calendar so far, in order, as the chunks of bytes to send. */
  chunks(): Uint8Array<ArrayBuffer>[] {
    return this.length > 0 ? [...this.done, this.out.subarray(0, this.length)] : [...this.done];
  }

  /**
   * Where to fold at or before `cut`: never before a UTF-8 continuation octet, and never
   * between a backslash and the character it escapes (some clients unescape before unfolding).
   */
  private foldPoint(start: number, cut: number): number {
    let point = cut;
    while (point > start + 1 && (this.scratch[point] & 0xc0) === 0x80) point -= 1;
    let backslashes = 0;
    while (point - backslashes - 1 >= start && this.scratch[point - backslashes - 1] === BACKSLASH) backslashes += 1;
    return backslashes % 2 === 1 ? point - 1 : point;
  }

  private copy(from: number, to: number): void {
    for (let i = from; i < to; i += 1) this.out[this.length++] = this.scratch[i];
  }

  /** Room for `extra` more octets in the current chunk: else the chunk is done and a new one starts. */
  private reserve(extra: number): void {
    if (this.length + extra <= this.out.length) return;
    if (this.length > 0) this.done.push(this.out.subarray(0, this.length));
    this.out = new Uint8Array(Math.max(this.chunkOctets, extra));
    this.length = 0;
  }
}
