// Every word points builds from a known set (categories, statuses, reasons, kinds) exists in both
// languages, for residents and for the console; the notices render in both.
import { describe, expect, it } from "vitest";
import type { PointsWhy } from "../../src/domain/points/errors.js";
import type { Refusal } from "../../src/domain/points/ledger.js";
import { pointsNotices } from "../../src/flows/points.js";
import { consoleMessageIds } from "../../src/i18n/console.js";
import { messageIds, translator } from "../../src/i18n/index.js";
import { languages, organisationKinds, pointAccountKinds, pointCategories, pointEvidenceKinds, pointItemKinds, pointRequestKinds, pointRequestStatuses, pointTransferKinds, voucherStatuses } from "../../src/vocabulary.js";
import { idle, type FlowContext } from "../../src/flows/context.js";
import { startHarness } from "../support/harness.js";

const refusals: Refusal[] = ["short", "stock", "cap", "reversed", "not-reversible", "closed", "key-reused"];
const whys: PointsWhy[] = [
  "rule-unknown", "rule-other-district", "rule-inactive", "rule-is-penalty", "rule-is-award", "amount-not-rule", "amount", "evidence-needed", "photo-needed", "no-account",
  "ambiguous-phone", "not-found-resident", "no-community", "key", "reason-needed", "redemption-reversal", "same-approver", "voucher-other-shop", "voucher-unknown", "grid-other-community", "name", "item",
];

describe("the words of points", () => {
  it("has every resident message built from a known set, in both languages", () => {
    const built = [
      ...pointCategories.map((c) => `points-category-${c}`),
      ...voucherStatuses.map((v) => `points-voucher-${v}`),
      ...["unknown-code", "used-code", "expired-code", "already-member", "other-community"].map((r) => `points-join-${r}`),
      ...Object.keys(pointsNotices).map((n) => `notice-${n}`),
    ];
    for (const lang of languages) {
      const known = new Set(messageIds(lang));
      expect(built.filter((id) => !known.has(id)), lang).toEqual([]);
    }
  });

  it("has every console message built from a known set, in both languages", () => {
    const built = [
      ...[...pointCategories, "none"].map((c) => `points-category-${c}`),
      ...refusals.map((r) => `points-refused-${r}`),
      ...whys.map((w) => `points-error-${w}`),
      ...pointAccountKinds.map((k) => `points-kind-${k}`),
      ...pointTransferKinds.map((k) => `points-entry-${k}`),
      ...pointItemKinds.map((k) => `points-item-kind-${k}`),
      ...organisationKinds.map((k) => `points-organisation-${k}`),
      ...pointEvidenceKinds.map((k) => `points-evidence-${k}`),
      ...pointRequestKinds.map((k) => `points-request-kind-${k}`),
      ...pointRequestStatuses.map((k) => `points-request-${k}`),
      ...voucherStatuses.map((v) => `points-voucher-${v}`),
      ...Array.from({ length: 12 }, (_, i) => `points-month-${i + 1}`),
      ...["awarded", "pending", "penalised", "reversed", "approved", "rejected", "saved", "handed-over", "cancelled", "household", "member", "organisation", "stock", "grid", "budget"].map((d) => `points-done-${d}`),
    ];
    for (const lang of languages) {
      const known = new Set(consoleMessageIds(lang));
      expect(built.filter((id) => !known.has(id)), lang).toEqual([]);
    }
  });

  it("renders every notice in both languages, a rule by its name in the reader's language", async () => {
    const h = await startHarness();
    try {
      for (const lang of languages) {
        const ctx = { t: translator(lang), lang, state: idle, deps: h.domain } as unknown as FlowContext;
        for (const [name, render] of Object.entries(pointsNotices)) {
          const [reply] = await render(ctx, { from: "K7P2QX4M", points: 5, rule: "volunteer-cleanup", reason: "no photo", voucher: "ABCDEFGHJK" });
          expect(reply?.kind === "text" && reply.text.length > 5, `${lang} ${name}`).toBe(true);
          expect(reply?.kind === "text" ? reply.text : "").not.toMatch(/\{|notice-|volunteer-cleanup/);
          if (name.startsWith("claim") || name === "award-received") expect(reply?.kind === "text" ? reply.text : "").toContain(lang === "zh" ? "参加社区清洁志愿活动" : "Volunteering at a community clean-up");
        }
      }
    } finally {
      await h.close();
    }
  });
});
