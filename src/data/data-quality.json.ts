// The data quality page: freshness per source, load history, rejected rows by
// reason, rows left out, the agreement of the UN's deaths with ACLED's attacks, and
// completeness of key fields. Aggregates only, from the audit models (warehouse/audit/)
// and mart_acled_agreement.
import { emitJson, query } from "../loaders/warehouse.ts";

await emitJson({
  freshness: await query("SELECT * FROM audit_freshness ORDER BY source, kind"),
  loads: await query("SELECT * FROM audit_loads ORDER BY load_id DESC"),
  rejects: await query("SELECT * FROM audit_rejects ORDER BY rows DESC, kind, field, reason"),
  leftOut: await query("SELECT * FROM audit_left_out ORDER BY rows DESC, source, reason"),
  agreement: await query("SELECT * FROM mart_acled_agreement ORDER BY mission"),
  completeness: await query("SELECT * FROM audit_completeness"),
});
