import { apiRoute } from "@/lib/api/route";
import { clientBookEndpoint } from "@/lib/domain/customers/endpoints";
import { clientBookCsv, listClientBook } from "@/lib/domain/customers/list-client-book";

export const GET = apiRoute(clientBookEndpoint, async ({ actor, db, query }) => {
  const { store, format, ...rest } = query;
  const book = await listClientBook(db, actor, { ...rest, storeId: store });
  if (format === "json") return book;
  return new Response(clientBookCsv(book), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="client-book-${book.store?.code ?? "all"}-p${book.page}.csv"`, "cache-control": "no-store" },
  });
});
