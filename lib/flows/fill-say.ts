/**
 * Fills a step's {placeholders}: known values by name; anything the panel cannot know (a promise date
 * shown by the tool) gets the fallback wording, so the associate never reads out braces.
 */
export function fillSay(text: string, values: Record<string, string | undefined>, fallback: (name: string) => string): string {
  return text.replace(/\{([a-z_]+)\}/g, (_, name: string) => values[name] || fallback(name));
}
