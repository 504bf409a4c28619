/** CSV reading for `npm run import`: records out of chunks, and the delimiter a spreadsheet chose. Pure. */

export type CsvRecord = { line: number; fields: string[]; error?: string };

/**
 * Incremental RFC 4180 parser: feed it chunks as they are read (a file is never held whole), get back complete
 * records with the line each starts on. Quoted fields may hold the delimiter, "" and newlines. CRLF or LF.
 */
export class CsvParser {
  private field = "";
  private record: string[] = [];
  private inQuotes = false;
  private quoteSeen = false;
  private fieldQuoted = false;
  private line = 1;
  private recordLine = 1;
  private first = true;
  private out: CsvRecord[] = [];

  constructor(private readonly delimiter = ",") {}

  push(chunk: string): CsvRecord[] {
    let text = chunk;
    if (this.first) {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    for (let i = 0; i < text.length; i++) this.char(text[i]!);
    return this.take();
  }

  end(): CsvRecord[] {
    if (this.quoteSeen) {
      this.quoteSeen = false;
      this.inQuotes = false;
    }
    if (this.inQuotes) {
      this.out.push({ line: this.recordLine, fields: [...this.record, this.field], error: "a quoted field is never closed" });
    } else if (this.field !== "" || this.record.length || this.fieldQuoted) {
      this.endRecord();
    }
    this.field = "";
    this.record = [];
    return this.take();
  }

  private take(): CsvRecord[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  private char(c: string) {
    if (this.quoteSeen) {
      // The quote before this char either escaped a quote ("") or closed the field.
      this.quoteSeen = false;
      if (c === '"') {
        this.field += '"';
        return;
      }
      this.inQuotes = false;
    }
    if (this.inQuotes) {
      if (c === '"') this.quoteSeen = true;
      else {
        if (c === "\n") this.line++;
        this.field += c;
      }
      return;
    }
    if (c === '"' && this.field === "" && !this.fieldQuoted) {
      this.inQuotes = true;
      this.fieldQuoted = true;
    } else if (c === this.delimiter) {
      this.record.push(this.field);
      this.field = "";
      this.fieldQuoted = false;
    } else if (c === "\n") {
      this.endRecord();
      this.line++;
      this.recordLine = this.line;
    } else if (c !== "\r") {
      this.field += c;
    }
  }

  private endRecord() {
    const fields = [...this.record, this.field];
    this.record = [];
    this.field = "";
    this.fieldQuoted = false;
    // Blank lines (and trailing ones) are not records.
    if (fields.length === 1 && fields[0]!.trim() === "") return;
    this.out.push({ line: this.recordLine, fields });
  }
}

/** Spanish spreadsheets often save CSV with ";": the header line decides. */
export function detectDelimiter(firstLine: string): "," | ";" {
  const commas = firstLine.split(",").length;
  const semicolons = firstLine.split(";").length;
  return semicolons > commas ? ";" : ",";
}
