import type { ResolverMap } from "../resolver-map";

const JOB_ID = /^gid:\/\/shopify\/Job\/[0-9a-f-]+$/i;

/**
 * `job(id)`: the dev store runs every job (orderCancel, orderCreateMandatePayment) before the
 * mutation that started it answers, so it keeps no record of them and answers any job id as done.
 */
export const jobResolvers: ResolverMap = {
  QueryRoot: {
    job: (_source, args) => (JOB_ID.test(args.id as string) ? { id: args.id as string, done: true, query: {} } : null),
  },
};
