// Marks every page built from sample data, so nobody takes its figures as real.
import { html } from "npm:htl";
import { t } from "../i18n/index.js";

export function SampleBanner(meta) {
  return meta.isSample ? html`<div class="sample-banner" role="note">${t("site.sampleBanner")}</div>` : "";
}
