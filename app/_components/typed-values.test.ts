import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { typedValuesOf } from "./action-state";
import { withTypedValues } from "./typed-values";

function form(children: React.ReactNode) {
  return renderToStaticMarkup(h("form", null, children));
}

const fields = [
  h("input", { key: "id", type: "hidden", name: "id", value: "7" }),
  h("label", { key: "name" }, "Navn", h("input", { name: "name", defaultValue: "" })),
  h("input", { key: "password", type: "password", name: "password" }),
  h(
    "select",
    { key: "role", name: "role", defaultValue: "MEMBER" },
    h("option", { value: "MEMBER" }, "Medlem"),
    h("option", { value: "EDITOR" }, "Redaktør"),
  ),
  h("input", { key: "on", type: "checkbox", name: "isOn", defaultChecked: true }),
  h("input", { key: "t1", type: "checkbox", name: "topic", value: "a" }),
  h("input", { key: "t2", type: "checkbox", name: "topic", value: "b" }),
  h("textarea", { key: "note", name: "note", defaultValue: "" }),
];

describe("a refused form's values", () => {
  it("keeps every text, choice and ticked box, but no password and none of Next's fields", () => {
    const data = new FormData();
    for (const [name, value] of [
      ["$ACTION_ID_1", ""],
      ["name", "Kari"],
      ["password", "hemmelig passord"],
      ["currentPassword", "x"],
      ["topic", "a"],
      ["topic", "b"],
    ]) {
      data.append(name, value);
    }
    data.append("file", new File(["x"], "brev.txt"));
    expect(typedValuesOf(data)).toEqual({ name: ["Kari"], topic: ["a", "b"] });
  });

  it("become the fields' starting values; hidden fields and passwords stay as the page made them", () => {
    const html = form(
      withTypedValues(fields, { id: ["9"], name: ["Kari"], password: ["x"], role: ["EDITOR"], topic: ["b"], note: ["Utkast"] }),
    );
    expect(html).toContain('<input type="hidden" name="id" value="7"/>');
    expect(html).toContain('<input name="name" value="Kari"/>');
    expect(html).toContain('<input type="password" name="password"/>');
    expect(html).toContain('<option value="EDITOR" selected="">');
    // Absent from the form means unticked.
    expect(html).toContain('<input type="checkbox" name="isOn"/>');
    expect(html).toContain('<input type="checkbox" name="topic" value="a"/>');
    expect(html).toContain('<input type="checkbox" name="topic" checked="" value="b"/>');
    expect(html).toContain('<textarea name="note">Utkast</textarea>');
  });

  it("leave the form as the page made it when nothing was refused", () => {
    expect(form(withTypedValues(fields, null))).toBe(form(fields));
  });
});
