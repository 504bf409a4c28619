import { getT } from "@/lib/i18n/server";
import type { StaffMember } from "@/lib/domain/staff/queries";
import { setUserDisabled } from "@/lib/domain/staff/actions";
import { RowActionButton } from "./row-action-button";

export async function StaffTable({ staff, canManage, selfId }: { staff: StaffMember[]; canManage: boolean; selfId: string }) {
  const t = await getT();
  return (
    <div className="max-h-[28rem] overflow-y-auto">
      <table className="w-full text-left text-base">
        <thead className="sticky top-0 bg-white">
          <tr className="border-b border-slate-200 text-sm text-slate-700">
            <th className="py-2">{t("manage.name")}</th>
            <th>{t("manage.role")}</th>
            <th>{t("manage.store")}</th>
            <th>{t("manage.signIn")}</th>
            <th>{t("manage.status")}</th>
            {canManage ? (
              <th>
                <span className="sr-only">{t("manage.actions")}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {staff.map((s) => (
            <tr key={s.id} className="border-b border-slate-100">
              <td className="py-2">{s.name}</td>
              <td>{t(`roles.${s.role as "associate" | "manager" | "admin"}`)}</td>
              <td>{s.storeCode ?? t("manage.headOffice")}</td>
              <td className="font-mono text-sm">{s.staffNumber ?? s.email}</td>
              <td>{s.disabled ? t("manage.disabled") : t("manage.active")}</td>
              {canManage ? (
                <td className="py-1 text-right">
                  {s.id === selfId ? null : (
                    <RowActionButton
                      label={s.disabled ? t("manage.enable") : t("manage.disable")}
                      input={{ userId: s.id, disabled: !s.disabled }}
                      run={setUserDisabled}
                      variant={s.disabled ? "secondary" : "danger"}
                    />
                  )}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
