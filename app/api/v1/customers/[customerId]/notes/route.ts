import { apiRoute } from "@/lib/api/route";
import { addNote } from "@/lib/domain/customers/add-note";
import { addNoteEndpoint, listNotesEndpoint } from "@/lib/domain/customers/endpoints";
import { listNotes } from "@/lib/domain/customers/list-notes";

export const POST = apiRoute(addNoteEndpoint, async ({ actor, db, params, body }) => addNote(db, actor, { customerId: params.customerId!, body: body.body }));

export const GET = apiRoute(listNotesEndpoint, async ({ actor, db, params }) => ({ notes: await listNotes(db, actor, params.customerId!, { screen: "api" }) }));
