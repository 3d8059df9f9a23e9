import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import {
  canAdminister,
  canEditItems,
  canViewItemHistory,
  requireAdmin,
  requireItemEditor,
  requireOrganisationMember,
  requireRole,
  requireSignedIn,
} from "./access";
import { ANONYMOUS, toViewer, type Role, type Viewer } from "./viewer-types";

const ORG_A = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa";
const ORG_B = "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb";
const user = (role: Role, organisationId: string | null): Viewer =>
  toViewer({ id: `${role}-${organisationId}`, email: "x@example.org", name: "X", role, organisationId, locale: null, disabledAt: null });

const viewers = {
  anonymous: ANONYMOUS,
  memberA: user("MEMBER", ORG_A),
  memberB: user("MEMBER", ORG_B),
  editor: user("EDITOR", null),
  editorA: user("EDITOR", ORG_A),
  admin: user("ADMIN", null),
};

const codeOf = (run: () => unknown): string | null => {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof AppError ? error.code : "OTHER";
  }
};

describe("access rules", () => {
  it("lets editors and admins edit items and see their history, nobody else", () => {
    const allowed = Object.entries(viewers)
      .filter(([, v]) => canEditItems(v))
      .map(([k]) => k);
    expect(allowed).toEqual(["editor", "editorA", "admin"]);
    expect(Object.values(viewers).map(canViewItemHistory)).toEqual(Object.values(viewers).map(canEditItems));
    expect(codeOf(() => requireItemEditor(viewers.anonymous))).toBe("UNAUTHENTICATED");
    expect(codeOf(() => requireItemEditor(viewers.memberA))).toBe("FORBIDDEN");
    expect(codeOf(() => requireItemEditor(viewers.editor))).toBeNull();
  });

  it("lets only admins manage users", () => {
    expect(
      Object.entries(viewers)
        .filter(([, v]) => canAdminister(v))
        .map(([k]) => k),
    ).toEqual(["admin"]);
    expect(codeOf(() => requireAdmin(viewers.editor))).toBe("FORBIDDEN");
    expect(codeOf(() => requireAdmin(viewers.anonymous))).toBe("UNAUTHENTICATED");
    expect(codeOf(() => requireRole(viewers.admin, ["ADMIN"]))).toBeNull();
  });

  it("lets people respond only for their own organisation", () => {
    expect(requireOrganisationMember(viewers.memberA).organisationId).toBe(ORG_A);
    expect(requireOrganisationMember(viewers.editorA).organisationId).toBe(ORG_A);
    expect(requireOrganisationMember(viewers.memberB).organisationId).toBe(ORG_B);
    expect(codeOf(() => requireOrganisationMember(viewers.admin))).toBe("FORBIDDEN");
    expect(codeOf(() => requireOrganisationMember(viewers.anonymous))).toBe("UNAUTHENTICATED");
  });

  it("treats a disabled user as nobody", () => {
    const disabled = toViewer({
      id: "u",
      email: "d@example.org",
      name: "D",
      role: "ADMIN",
      organisationId: null,
      locale: "nb",
      disabledAt: new Date(),
    });
    expect(disabled.isSignedIn).toBe(false);
    expect(codeOf(() => requireSignedIn(disabled))).toBe("UNAUTHENTICATED");
  });
});
