import { getT } from "@/lib/i18n/server";
import type { DeviceRow } from "@/lib/domain/devices/queries";
import { removeTablet } from "@/lib/domain/devices/actions";
import { RowActionButton } from "./row-action-button";

export async function DeviceTable({ devices }: { devices: DeviceRow[] }) {
  const t = await getT();
  if (devices.length === 0) return <p className="text-slate-700">{t("manage.noTablets")}</p>;
  return (
    <table className="w-full text-left text-base">
      <thead>
        <tr className="border-b border-slate-200 text-sm text-slate-700">
          <th className="py-2">{t("manage.tabletName")}</th>
          <th>{t("manage.store")}</th>
          <th>{t("manage.registered")}</th>
          <th>
            <span className="sr-only">{t("manage.actions")}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {devices.map((d) => (
          <tr key={d.id} className="border-b border-slate-100">
            <td className="py-2">{d.name}</td>
            <td>{d.storeCode}</td>
            <td>{d.registeredAt.slice(0, 10)}</td>
            <td className="text-right">
              {d.disabled ? (
                t("manage.removed")
              ) : (
                <RowActionButton label={t("manage.removeTablet")} input={{ deviceId: d.id }} run={removeTablet} variant="danger" confirmText={t("manage.confirmRemoveTablet")} />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
