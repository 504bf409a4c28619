import { getT } from "@/lib/i18n/server";
import type { TokenRow } from "@/lib/domain/tokens/queries";
import { revokeIntegrationToken } from "@/lib/domain/tokens/actions";
import { RowActionButton } from "./row-action-button";
import { TokenCreator } from "./token-panel";

export async function TokenSection({ tokens }: { tokens: TokenRow[] }) {
  const t = await getT();
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <TokenCreator />
      <ul className="flex flex-col gap-2">
        {tokens.map((tk) => (
          <li key={tk.id} className="flex items-center justify-between gap-3 rounded-xl border border-slate-200 px-4 py-2">
            <span>
              <span className="font-semibold">{tk.name}</span> <code className="text-sm text-slate-700">{tk.prefix}…</code>
            </span>
            {tk.revoked ? t("manage.revoked") : <RowActionButton label={t("manage.revoke")} input={{ tokenId: tk.id }} run={revokeIntegrationToken} variant="danger" />}
          </li>
        ))}
      </ul>
    </div>
  );
}
