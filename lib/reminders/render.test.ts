// The e-mails as a member reads them: language, Norwegian dates, links, and HTML that shows
// whatever a title contains as text.
import { describe, expect, it } from "vitest";
import { renderDigestEmail } from "./render-digest";
import { renderReminderEmail } from "./render-reminder";
import { item, member } from "../dev/testing/reminder-data";
import type { DueReminder } from "./types";

const BASE = "https://fristvakt.example";
const context = { baseUrl: BASE, unsubscribeUrl: `${BASE}/unsubscribe/r.token`, now: new Date("2025-01-17T07:00:00+01:00") };

function reminder(patch: Partial<DueReminder> = {}): DueReminder {
  return {
    kind: "REMINDER",
    member: member(),
    item: item(),
    offsetDays: 14,
    dueOn: "2025-01-31",
    responseStatus: null,
    dedupeKey: "k",
    ...patch,
  };
}

describe("reminder e-mail", () => {
  it("reads Norwegian by default, with the date, the countdown and links", () => {
    const email = renderReminderEmail(reminder(), context);
    expect(email.subject).toBe(`Frist 31. januar 2025: ${item().title}`);
    expect(email.text).toContain("Hei Kari Nordmann,");
    expect(email.text).toContain(`«${item().title}» har frist 31. januar 2025 (om 14 dager).`);
    expect(email.text).toContain("Type: Høring\nReferanse: NOU 2024:17");
    expect(email.text).toContain("Kirkens Bymisjon har ikke registrert noe svar ennå.");
    expect(email.text).toContain("Referanse: NOU 2024:17");
    expect(email.text).toContain(`${BASE}/items/${item().id}`);
    expect(email.text).toContain(`Endre varslene: ${BASE}/profile`);
    expect(email.text).toContain(`Slutt å få påminnelser: ${BASE}/unsubscribe/r.token`);
    expect(email.html).toContain(`<a href="${BASE}/items/${item().id}">`);
    expect(email.html).toContain(`<a href="${BASE}/unsubscribe/r.token">`);
    expect(email.html).toContain("<p>Type: Høring<br>Referanse: NOU 2024:17<br>");
    expect(email.html).toContain('<html lang="nb">');
  });

  it("reads English for a member who chose it, and names the status and the internal deadline", () => {
    const email = renderReminderEmail(
      reminder({
        kind: "INTERNAL_REMINDER",
        dueOn: "2025-01-20",
        offsetDays: 3,
        responseStatus: "IN_PROGRESS",
        member: member({ locale: "en" }),
      }),
      context,
    );
    expect(email.subject).toBe(`Internal deadline 20 January 2025: ${item().title}`);
    expect(email.text).toContain("Kirkens Bymisjon has an internal deadline on 20 January 2025 (in 3 days)");
    expect(email.text).toContain("The official deadline is 31 January 2025.");
    expect(email.text).toContain("Status for Kirkens Bymisjon: In progress.");
    expect(email.text).toContain("Stop getting reminders:");
  });

  it("escapes everything in HTML and keeps the subject on one line", () => {
    const title = `Høring <script>alert("x")</script> & 'mer'\nneste linje`;
    const email = renderReminderEmail(
      reminder({ item: item({ title }), member: member({ name: "<b>Ola</b>", organisationName: "A & B" }) }),
      context,
    );
    expect(email.subject).not.toMatch(/[\r\n]/);
    expect(email.html).not.toContain("<script>");
    expect(email.html).not.toContain("<b>Ola</b>");
    expect(email.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;mer&#39;");
    expect(email.html).toContain("A &amp; B");
    expect(email.text).toContain(`<script>alert("x")</script>`);
  });
});

describe("digest e-mail", () => {
  it("lists each section with dates the Norwegian way and a link per item", () => {
    const closing = item({ id: "d0000000-0000-4000-8000-000000000001", deadline: "2025-01-20", title: "Snart" });
    const seminar = item({
      id: "d0000000-0000-4000-8000-000000000002",
      kind: "SEMINAR",
      deadline: null,
      startOn: "2025-02-03",
      endOn: "2025-02-04",
      title: "Seminar",
    });
    const late = item({ id: "d0000000-0000-4000-8000-000000000003", deadline: "2025-01-03", title: "Sent" });
    const email = renderDigestEmail(
      { member: member(), digestOn: "2025-01-13", closingSoon: [closing], newItems: [seminar], overdue: [late], dedupeKey: "d" },
      { ...context, now: new Date("2025-01-13T08:00:00+01:00") },
    );
    expect(email.subject).toBe("Fristvakt: ukens oversikt 13. januar 2025");
    expect(email.text).toContain("Stenger de neste 14 dagene\n");
    expect(email.text).toContain("- 20. januar (om 7 dager): Snart (NOU 2024:17) – DFD");
    expect(email.text).toContain("- 3.–4. februar 2025: Seminar (NOU 2024:17) – DFD");
    expect(email.text).toContain("- 3. januar (stengt for 10 dager siden): Sent (NOU 2024:17) – DFD");
    expect(email.text).toContain(`${BASE}/my`);
    expect(email.html).toContain(`<a href="${BASE}/items/${seminar.id}">`);
    expect(email.text).toContain("Slutt å få ukentlig oversikt:");
  });
});
