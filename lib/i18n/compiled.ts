import compile from "icu-minify/compile";
import { messagesFor, type Locale, type Messages } from "./config";

type Tree = { [key: string]: string | Tree };
const cache = new Map<Locale, Messages>();

function compileTree(tree: Tree): Tree {
  // A JSON round trip: icu-minify builds plural and select options on null-prototype objects, which React
  // refuses to pass from server to client components.
  const plain = (v: string) => JSON.parse(JSON.stringify(compile(v))) as string;
  return Object.fromEntries(Object.entries(tree).map(([k, v]) => [k, typeof v === "string" ? plain(v) : compileTree(v)]));
}

/**
 * The messages in icu-minify's compiled form, for every translator (server and browser): next.config.js aliases
 * use-intl's formatter to the compile-free one, so the ICU parser never ships to the tablet. Compiled once a locale.
 * Typed as the source messages so keys stay checked.
 */
export function compiledMessagesFor(locale: Locale): Messages {
  let compiled = cache.get(locale);
  if (!compiled) cache.set(locale, (compiled = compileTree(messagesFor(locale) as unknown as Tree) as unknown as Messages));
  return compiled;
}
