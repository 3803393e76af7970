/** A view reported this long after it happened is counted when it arrived instead. */
export const MAX_REPORT_DELAY_MS = 24 * 60 * 60 * 1000;
/** Browser clocks run fast by a few minutes; further ahead than this is not a real time. */
export const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

/**
 * When a view happened: the pixel's event time, which the shopper's clock set, unless it lies
 * outside what a delayed beacon or a skewed clock explains; then the time it reached the app.
 */
export function viewedAt(eventTime: Date, receivedAt: Date): Date {
  const lag = receivedAt.getTime() - eventTime.getTime();
  return lag > MAX_REPORT_DELAY_MS || lag < -MAX_CLOCK_SKEW_MS ? receivedAt : eventTime;
}
