/** Numbers as the researcher reads them, in the page's locale. */
export function formatter(locale: string) {
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  return {
    count: (n: number | null) => (n === null ? "—" : whole.format(n)),
    percent: (share: number) => percent.format(share),
    money: (amount: number | null, currency: string) =>
      amount === null
        ? "—"
        : new Intl.NumberFormat(locale, {
            style: "currency",
            currency,
            maximumFractionDigits: amount >= 1000 ? 0 : 2,
          }).format(amount),
  };
}
