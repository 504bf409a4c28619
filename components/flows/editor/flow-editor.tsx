"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useTranslations } from "use-intl";
import type { FlowDocument, Step, flowDocumentSchema } from "@/lib/domain/flows/document";
import { publishFlowAction, saveDraftAction } from "@/lib/domain/flows/actions";
import type { FlowDetailDto } from "@/lib/domain/flows/schemas";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { CountedText } from "./counted-text";
import { addStep, checkDraft, deleteStep, fieldsToProblems, hasUnpublishedChanges, moveStep, problemsAt, updateStep, type EditorProblem } from "./flow-form";
import { ProblemsSummary } from "./problems-summary";
import { StepCard } from "./step-card";
import { stepOptions } from "./step-options";

// The sandbox (the runner's rules) loads when the manager opens the preview.
const FlowPreview = dynamic(() => import("./flow-preview").then((m) => m.FlowPreview), { ssr: false });

type Notice = { tone: "error" | "success"; text: string } | null;

/** The whole draft lives in this form's state until saved, so a failed save or publish never loses what was typed. */
export function FlowEditor({ flow }: { flow: FlowDetailDto }) {
  const t = useTranslations("flowEditor");
  const router = useRouter();
  const [name, setName] = useState(flow.name);
  const [doc, setDoc] = useState<FlowDocument>(() => flow.draft ?? flow.published!);
  const [saved, setSaved] = useState(() => JSON.stringify({ name: flow.name, doc: flow.draft }));
  const [serverProblems, setServerProblems] = useState<EditorProblem[]>([]);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState<"save" | "publish" | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const focusId = useRef<string | null>(null);

  const [schema, setSchema] = useState<typeof flowDocumentSchema | null>(null);
  useEffect(() => void import("@/lib/domain/flows/document").then((m) => setSchema(() => m.flowDocumentSchema)), []);
  const live = useMemo(() => checkDraft(doc, schema), [doc, schema]);
  const problems = useMemo(() => [...serverProblems.filter((s) => !live.some((l) => l.message === s.message)), ...live], [serverProblems, live]);
  const dirty = JSON.stringify({ name, doc }) !== saved;

  // Moving a step re-renders the list; keep keyboard focus on the button that was pressed.
  useEffect(() => {
    if (!focusId.current) return;
    document.getElementById(focusId.current)?.focus();
    focusId.current = null;
  }, [doc]);

  const edit = (next: FlowDocument) => {
    setDoc(next);
    setServerProblems([]);
  };

  async function save(): Promise<boolean> {
    setBusy("save");
    const res = await saveDraftAction({ flowId: flow.id, name, document: doc });
    setBusy(null);
    if (!res.ok) {
      setServerProblems(fieldsToProblems(res.error.fields, doc));
      setNotice({ tone: "error", text: res.error.message });
      return false;
    }
    setSaved(JSON.stringify({ name, doc }));
    setServerProblems([]);
    setNotice({ tone: "success", text: t("saved") });
    router.refresh();
    return true;
  }

  async function publish() {
    if (dirty && !(await save())) return;
    setBusy("publish");
    const res = await publishFlowAction({ flowId: flow.id });
    setBusy(null);
    if (!res.ok) {
      const refused = (res.error.details?.problems as EditorProblem[] | undefined) ?? [];
      setServerProblems(refused);
      setNotice({ tone: "error", text: t("publishRefused", { message: res.error.message }) });
      return;
    }
    setServerProblems([]);
    setNotice({ tone: "success", text: t("published", { version: res.data.currentVersion ?? 0 }) });
    router.refresh();
  }

  function move(index: number, delta: -1 | 1) {
    const id = doc.steps[index]!.id;
    edit(moveStep(doc, index, delta));
    const edge = (delta === -1 && index === 1) || (delta === 1 && index === doc.steps.length - 2);
    focusId.current = `${(delta === -1) !== edge ? "up" : "down"}-${id}`;
  }

  function remove(index: number) {
    const neighbour = doc.steps[index + 1] ?? doc.steps[index - 1];
    edit(deleteStep(doc, index));
    if (neighbour) focusId.current = `step-${neighbour.id}-heading`;
  }

  const flowProblems = (field: string) => problemsAt(problems, undefined, field).map((p) => p.message).join(" ") || undefined;
  const changes = hasUnpublishedChanges(flow.draft, flow.published);
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
      <div className="flex flex-col gap-6">
        <section aria-labelledby="flow-details-heading" className="flex flex-col gap-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
          <h2 id="flow-details-heading" className="text-xl font-semibold">
            {t("details")}
          </h2>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label={t("flowName")} value={name} error={flowProblems("name")} onChange={(e) => setName(e.target.value)} />
            <Field label={t("flowTitle")} value={doc.title} error={flowProblems("title")} onChange={(e) => edit({ ...doc, title: e.target.value })} />
          </div>
          <CountedText label={t("flowDescription")} value={doc.description} max={500} problems={problemsAt(problems, undefined, "description")} onChange={(description) => edit({ ...doc, description })} />
          <SelectField label={t("start")} value={doc.start} error={flowProblems("start")} options={stepOptions(doc.steps, t, doc.start)} onChange={(e) => edit({ ...doc, start: e.target.value })} />
        </section>
        <section aria-labelledby="flow-steps-heading" className="flex flex-col gap-4">
          <h2 id="flow-steps-heading" className="text-xl font-semibold">
            {t("steps")}
          </h2>
          {doc.steps.map((step: Step, i) => (
            <StepCard
              key={step.id}
              step={step}
              index={i}
              steps={doc.steps}
              isStart={step.id === doc.start}
              problems={problems}
              onChange={(patch) => edit(updateStep(doc, i, patch))}
              onMove={(delta) => move(i, delta)}
              onDelete={() => remove(i)}
            />
          ))}
          <Button variant="secondary" className="self-start" disabled={doc.steps.length >= 60} onClick={() => edit(addStep(doc, { say: t("newStepSay"), why: t("newStepWhy") }))}>
            {t("addStep")}
          </Button>
        </section>
      </div>
      <aside aria-label={t("sidePanel")} className="flex flex-col gap-4 lg:sticky lg:top-24 lg:-m-1 lg:max-h-[calc(100dvh-7rem)] lg:self-start lg:overflow-y-auto lg:p-1">
        <div className="flex flex-col gap-3 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
          <p className="text-lg font-semibold" data-testid="flow-version">
            {flow.currentVersion ? t("currentVersion", { version: flow.currentVersion }) : t("neverPublished")}
          </p>
          <p className="text-sm text-slate-700">{changes || dirty ? t("unpublished") : t("upToDate")}</p>
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" disabled={busy != null} onClick={save}>
              {busy === "save" ? t("saving") : t("save")}
            </Button>
            <Button disabled={busy != null} onClick={publish}>
              {busy === "publish" ? t("publishing") : t("publish")}
            </Button>
            <Button variant="secondary" aria-expanded={previewing} onClick={() => setPreviewing((p) => !p)}>
              {t("preview")}
            </Button>
          </div>
          <p className="text-sm text-slate-600">{t("publishSavesFirst")}</p>
          {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
        </div>
        <ProblemsSummary problems={problems} />
        {previewing ? <FlowPreview key={doc.start} doc={doc} onClose={() => setPreviewing(false)} /> : null}
      </aside>
    </div>
  );
}
