// Fieldtest launch discount (behaviour and DOM contract: snippets/launch-discount.liquid).
(() => {
  const pad = (n) => (n < 10 ? "0" : "") + n;
  for (const root of document.querySelectorAll("[data-fieldtest-launch][data-phase]")) {
    const data = root.dataset;
    const $ = (selector) => root.querySelector(selector);
    const tiers = [...root.querySelectorAll("[data-tier]")];
    const stack = [...tiers, $("[data-ended]")];
    const countdown = $("[data-countdown]");
    const say = $("[data-say]");
    const at = (tier, key) => Date.parse(tier.dataset[key]);
    const lang = data.locale || undefined;
    const unit = (count, unit) =>
      count ? new Intl.NumberFormat(lang, { style: "unit", unit, unitDisplay: "long" }).format(count) + " " : "";
    // "2 days 3:04:05", "3:04:05", "04:05"
    const clock = (s) => {
      const days = (s / 86400) | 0;
      const hours = ((s / 3600) % 24) | 0;
      return unit(days, "day") + (days || hours ? hours + ":" : "") + pad(((s / 60) % 60) | 0) + ":" + pad(s % 60);
    };
    // Rounded up: "2 days 3 hours", "3 hours 5 minutes", "5 minutes"
    const words = (s) => {
      const minutes = Math.ceil(s / 60);
      const days = (minutes / 1440) | 0;
      return (
        unit(days, "day") +
        unit(((minutes / 60) % 24) | 0, "hour") +
        unit(days ? 0 : minutes % 60, "minute")
      ).trim();
    };
    let said = Date.now();
    let onScreen = true;
    let timer;

    const update = () => {
      const now = Date.now();
      let on, next;
      for (const tier of tiers) {
        if (!on && at(tier, "starts") <= now && now < at(tier, "ends")) on = tier;
        if (at(tier, "starts") > now && !(next && at(next, "starts") <= at(tier, "starts"))) next = tier;
      }
      const shown = on || next || stack.at(-1);
      const phase = on ? "on" : next ? "soon" : "ended";
      let text = "";
      let sentence = shown.textContent;
      if (shown != stack.at(-1)) {
        const template = on
          ? next && at(next, "starts") == at(on, "ends")
            ? data.textNext.replace("%p", next.dataset.percentage)
            : data.textEnds
          : data.textStarts;
        const left = Math.ceil(((on ? at(on, "ends") : at(next, "starts")) - now) / 1000);
        text = template.replace("%t", clock(left));
        sentence += ". " + template.replace("%t", words(left)) + ".";
      }
      const changed = data.phase != phase || !shown.hasAttribute("data-shown");
      if (changed) {
        data.phase = phase;
        for (const element of stack) element.toggleAttribute("data-shown", element == shown);
      }
      if (countdown.textContent != text) countdown.textContent = text;
      if (say.textContent != sentence && (changed || now - said >= 6e4)) {
        say.textContent = sentence;
        said = now;
      }
      return phase != "ended";
    };

    const tick = () => {
      clearTimeout(timer);
      if (!update() || document.hidden) return;
      const now = Date.now();
      let wait = 1e3 - (now % 1e3);
      if (!onScreen) {
        wait = Infinity;
        for (const tier of tiers)
          for (const key of ["starts", "ends"]) if (at(tier, key) > now) wait = Math.min(wait, at(tier, key) - now);
      }
      // Timers wait 24.8 days at most.
      timer = setTimeout(tick, Math.min(wait, 2e9));
    };

    new IntersectionObserver(([entry]) => {
      onScreen = entry.isIntersecting;
      tick();
    }).observe(root);
    document.addEventListener("visibilitychange", tick);
    tick();
  }

  for (const button of document.querySelectorAll("[data-fieldtest-launch] [data-dismiss]"))
    button.onclick = () => {
      document.documentElement.dataset.fieldtestLaunchBar = "dismissed";
      try {
        sessionStorage["fieldtest-launch:" + button.parentNode.dataset.discountId] = "dismissed";
      } catch {
        // Storage blocked: hidden on this page only.
      }
    };
})();
