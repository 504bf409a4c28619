"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useRouter } from "next/navigation";
import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "use-intl";
import type { SearchResult, StyleHit } from "@/lib/domain/catalog/types";
import { formatPrice } from "@/lib/i18n/format";
import { track } from "@/lib/usage/track";
import { emitToolEvent } from "@/lib/flows/tool-events";
import { StyleImage } from "./style-image";
import { styleHref } from "./style-href";

const MIN_CHARS = 2;

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setV(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return v;
}

async function fetchSearch(q: string, signal: AbortSignal): Promise<SearchResult> {
  const res = await fetch(`/api/v1/catalog/search?${new URLSearchParams({ q, limit: "8" })}`, { signal });
  if (!res.ok) throw new Error(((await res.json().catch(() => null)) as { error?: { message?: string } } | null)?.error?.message ?? res.statusText);
  return res.json() as Promise<SearchResult>;
}

/** The search box at the top of every floor screen: results as you type, best match first. */
export function SearchBox() {
  const t = useTranslations("catalog");
  const locale = useLocale();
  const router = useRouter();
  const listId = useId();
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const q = useDebounced(text.trim(), 120);
  const enabled = q.length >= MIN_CHARS;
  const { data, error, isFetching } = useQuery({
    queryKey: ["typeahead", q],
    queryFn: ({ signal }) => fetchSearch(q, signal),
    enabled,
    staleTime: 60_000,
    placeholderData: (prev) => prev,
  });
  const hits = enabled ? (data?.hits ?? []) : [];

  function openHit(hit: StyleHit) {
    track("search", { qLength: q.length, hits: hits.length, opened: hit.styleId });
    emitToolEvent({ action: "search" });
    setOpen(false);
    router.push(styleHref(hit.styleId, hit.matched?.colour, hit.matched?.size));
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, hits.length - 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, -1));
    } else if (e.key === "Escape") {
      setOpen(false);
    } else if (e.key === "Enter") {
      e.preventDefault();
      const hit = hits[active];
      if (hit) openHit(hit);
      else if (text.trim()) {
        track("search", { qLength: text.trim().length, hits: hits.length, opened: null });
        setOpen(false);
        router.push(`/search?${new URLSearchParams({ q: text.trim() })}`);
      }
    }
  }

  const showList = open && enabled;
  return (
    <div className="relative w-full min-w-72 max-w-xl flex-1" data-search-box>
      <label htmlFor={`${listId}-input`} className="sr-only">
        {t("searchLabel")}
      </label>
      <input
        ref={input}
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        maxLength={100}
        placeholder={t("searchPlaceholder")}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
        className="min-h-12 w-full rounded-xl border border-slate-400 bg-white px-4 text-lg placeholder:text-slate-500"
      />
      {showList ? (
        <div className="absolute left-0 right-0 top-full z-30 mt-1 max-h-[70vh] overflow-y-auto rounded-2xl bg-white shadow-xl ring-1 ring-slate-300">
          {error ? (
            <p role="alert" className="p-4 text-red-800">
              {error.message}
            </p>
          ) : hits.length === 0 ? (
            <p role="status" className="p-4 text-slate-700">
              {isFetching ? t("searching") : t("noResults", { q })}
            </p>
          ) : null}
          <ul id={listId} role="listbox" aria-label={t("results")}>
            {hits.map((hit, i) => (
              <li
                key={hit.styleId}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => openHit(hit)}
                className={`flex min-h-16 cursor-pointer items-center gap-3 px-3 py-2 ${i === active ? "bg-brand-50" : "hover:bg-slate-50"}`}
              >
                <StyleImage src={hit.image} alt="" category={hit.category} hex={hit.colours[0]?.hex ?? "#94a3b8"} className="h-14 w-14 shrink-0 rounded-lg" />
                <span className="min-w-0 flex-1">
                  <span className="block truncate font-semibold">{hit.name}</span>
                  <span className="block truncate text-sm text-slate-600">
                    {hit.brand} · {hit.code}
                    {hit.matched ? ` · ${hit.matched.colour} ${hit.matched.size}` : ""}
                  </span>
                </span>
                <span className="text-right">
                  <span className="block font-semibold">{formatPrice(hit.priceCents, locale)}</span>
                  <span className={`block text-sm ${hit.availableHere > 0 ? "text-emerald-800" : "text-slate-600"}`}>
                    {hit.availableHere > 0 ? t("availableHere", { count: hit.availableHere }) : t("noneHere")}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
