import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireAdmin } from "../shopify/admin.server";
import db from "../db.server";
import { dataReportFileName, findDataRequest } from "../privacy/data-requests.server";

/** The JSON report of one customers/data_request, as a download. */
export const loader = async ({ request, params }: LoaderFunctionArgs) => {
  const { session } = await requireAdmin(request);
  const dataRequest = await findDataRequest(db, session.shop, params.id ?? "");
  if (!dataRequest) throw new Response("This data request was not found for this shop.", { status: 404 });
  return new Response(dataRequest.report, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${dataReportFileName(dataRequest.customerId)}"`,
      "Cache-Control": "private, no-store",
    },
  });
};
