import { apiRoute } from "@/lib/api/route";
import { withOptionalIdempotency } from "@/lib/api/optional-idempotency";
import { addNote } from "@/lib/domain/customers/add-note";
import { addNoteEndpoint, listNotesEndpoint } from "@/lib/domain/customers/endpoints";
import { listNotes } from "@/lib/domain/customers/list-notes";

export const POST = apiRoute(addNoteEndpoint, async ({ actor, db, params, body, req }) => {
  const input = { customerId: params.customerId!, body: body.body };
  return withOptionalIdempotency(req, db, actor, { scope: "POST /customers/notes", body: input }, (d) => addNote(d, actor, input));
});

export const GET = apiRoute(listNotesEndpoint, async ({ actor, db, params }) => ({ notes: await listNotes(db, actor, params.customerId!, { screen: "api" }) }));
