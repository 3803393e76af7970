/** Numbers as the researcher reads them, in the page's locale. Formats are built once per formatter. */
export function formatter(locale: string) {
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const formats = new Map<string, Intl.NumberFormat>();
  const currencyFormat = (currency: string, style: "whole" | "cents" | "compact") => {
    const key = `${currency}:${style}`;
    let format = formats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(
        locale,
        style === "compact"
          ? { style: "currency", currency, notation: "compact", maximumSignificantDigits: 3 }
          : { style: "currency", currency, maximumFractionDigits: style === "whole" ? 0 : 2 },
      );
      formats.set(key, format);
    }
    return format;
  };
  return {
    count: (n: number | null) => (n === null ? "—" : whole.format(n)),
    percent: (share: number) => percent.format(share),
    money: (amount: number | null, currency: string) =>
      amount === null ? "—" : currencyFormat(currency, amount >= 1000 ? "whole" : "cents").format(amount),
    /** "$12K": for badges, where space is short. */
    compactMoney: (amount: number, currency: string) => currencyFormat(currency, "compact").format(amount),
  };
}

export type Formatter = ReturnType<typeof formatter>;
