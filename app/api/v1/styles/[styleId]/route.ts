import { apiRoute } from "@/lib/api/route";
import { errors } from "@/lib/errors";
import { styleEndpoint } from "@/lib/domain/catalog/endpoints";
import { getStyle } from "@/lib/domain/catalog/get-style";

export const GET = apiRoute(styleEndpoint, async ({ db, params }) => {
  const style = await getStyle(db, Number(params.styleId));
  if (!style) throw errors.notFound("That style");
  return style;
});
