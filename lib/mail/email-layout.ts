// The frame every e-mail shares: plain text and a simple HTML version built from the same
// blocks. All text is escaped on its way into HTML: titles, names and references come from
// newsletters, editors and users. Pure.
export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

export type EmailBlock =
  | { type: "paragraph"; text: string }
  | { type: "link"; label: string; url: string }
  | { type: "heading"; text: string }
  | { type: "list"; entries: { text: string; url: string }[] };

export interface EmailFooter {
  why: string;
  links: { label: string; url: string }[];
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** Subjects and headers are one line: a title with a line break would end the header. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function textOf(block: EmailBlock): string {
  switch (block.type) {
    case "paragraph":
      return block.text;
    case "link":
      return `${block.label}: ${block.url}`;
    case "heading":
      return `${block.text}\n${"-".repeat(block.text.length)}`;
    case "list":
      return block.entries.map((entry) => `- ${entry.text}\n  ${entry.url}`).join("\n");
  }
}

function htmlOf(block: EmailBlock): string {
  switch (block.type) {
    case "paragraph":
      return `<p>${escapeHtml(block.text).replace(/\n/g, "<br>")}</p>`;
    case "link":
      return `<p><a href="${escapeHtml(block.url)}">${escapeHtml(block.label)}</a></p>`;
    case "heading":
      return `<h2 style="font-size:1.1em;margin:1.2em 0 0.4em">${escapeHtml(block.text)}</h2>`;
    case "list":
      return `<ul>${block.entries.map((entry) => `<li><a href="${escapeHtml(entry.url)}">${escapeHtml(entry.text)}</a></li>`).join("")}</ul>`;
  }
}

export function renderEmail(subject: string, blocks: EmailBlock[], footer: EmailFooter, lang: string): EmailContent {
  const text = [...blocks.map(textOf), `-- \n${footer.why}\n${footer.links.map((link) => `${link.label}: ${link.url}`).join("\n")}`].join(
    "\n\n",
  );
  const footerHtml =
    `<p style="color:#555;font-size:0.9em">${escapeHtml(footer.why)}<br>` +
    footer.links.map((link) => `<a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a>`).join(" · ") +
    "</p>";
  const html =
    `<!DOCTYPE html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><title>${escapeHtml(oneLine(subject))}</title></head>` +
    `<body style="font-family:sans-serif;line-height:1.5;max-width:40em">${blocks.map(htmlOf).join("\n")}<hr>${footerHtml}</body></html>`;
  return { subject: oneLine(subject), text: `${text}\n`, html };
}
