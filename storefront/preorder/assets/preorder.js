// Fieldtest preorder block (DOM contract: blocks/preorder.liquid): keeps selling_plan, the buy
// button and terms in step with the variant, and the progress with the app's count.
(() => {
  for (const root of document.querySelectorAll("[data-fieldtest-preorder]")) {
    const data = root.dataset;
    const $ = (selector) => root.querySelector(selector);
    const set = (object, key, value) => object[key] != value && (object[key] = value);
    const input = $("[data-selling-plan]");
    const bar = $("[role=progressbar]");
    // The product form the input names, else the section's.
    const form =
      document.getElementById(input.getAttribute("form")) ||
      (root.closest(".shopify-section,section") || document).querySelector('form[action*="/cart/add"]');
    const button = form && form.querySelector("[type=submit]");
    const label = button && (button.querySelector("span") || button);
    const original = label && label.textContent;
    const closed = () => data.state != "open" || Date.parse(data.deadline) <= Date.now();
    const reason = (key) => data[(data.state == "sold-out" ? "soldOut" : "closed") + key];

    const apply = () => {
      const open = !closed();
      const field = form && form.querySelector("[name=id]");
      let plan = "";
      for (const terms of root.querySelectorAll("[data-variant]")) {
        const shown = open && (field ? terms.dataset.variant == field.value : !terms.hidden);
        set(terms, "hidden", !shown);
        if (shown) plan = terms.dataset.plan;
      }
      const status = $("[data-status]");
      set(status, "hidden", open);
      if (!open) set(status, "textContent", reason(""));
      set(input, "value", plan);
      set(input, "disabled", !plan);
      if (!label) return;
      if (plan || !open) {
        set(label, "textContent", open ? data.button : reason("Button"));
        set(button, "disabled", !open);
      } else if (label.textContent == data.button) set(label, "textContent", original);
    };

    if (form) {
      // Not form.id: that is the form's <input name="id">.
      const id = form.getAttribute("id");
      if (id) input.setAttribute("form", id);
      else form.append(input);
      document.addEventListener("change", apply);
      form.addEventListener("submit", apply, true);
      // Themes rewrite the button after a variant change (Dawn, after a fetch).
      if (button)
        new MutationObserver(apply).observe(button, {
          subtree: true,
          childList: true,
          characterData: true,
          attributeFilter: ["disabled"],
        });
    }
    apply();
    // Timers wait 24.8 days at most.
    const close = () => {
      const left = Date.parse(data.deadline) - Date.now();
      if (left > 0) setTimeout(left < 2e9 ? apply : close, Math.min(left + 1, 2e9));
    };
    close();

    // Cents in the shop's money format ({{amount}}, {{amount_with_comma_separator}}…).
    const money = (cents) =>
      data.moneyFormat.replace(/<[^>]*>/g, "").replace(/\{\{\s*(\w+)\s*\}\}/, (_, name) => {
        const [thousands, decimal] =
          { comma: ".,", apostrophe: "'.", period: " .", space: " ," }[/comma|apostrophe|period|space/.exec(name)] ||
          ",.";
        const [whole, fraction] = (cents / 100).toFixed(/no_decimals/.test(name) ? 0 : 2).split(".");
        return whole.replace(/\B(?=(\d{3})+$)/g, thousands) + (fraction ? decimal + fraction : "");
      });

    const update = (json) => {
      if (!(json.percent >= 0)) return;
      const revenue = data.kind == "revenue";
      const show = (value) => (revenue ? money(Math.round(value * 100)) : value);
      const text = data.progressTemplate
        .replace("%c", () => show(revenue ? json.revenue : json.units))
        .replace("%g", () => show(json.goal ? json.goal.value : data.goal));
      const percent = data.percentTemplate.replace("%p", () => json.percent);
      if (bar) {
        const now = Math.min(100, json.percent);
        bar.style.setProperty("--fieldtest-preorder-percent", now);
        bar.setAttribute("aria-valuenow", now);
        bar.setAttribute("aria-valuetext", text + ", " + percent);
        set($("[data-progress-text]"), "textContent", text);
        set($("[data-percent-text]"), "textContent", percent);
      }
      if (json.state && json.state != "open") {
        data.state = json.state;
        apply();
      }
    };

    // At most one request per 30 s, only while visible, none once closed.
    let timer;
    let last = 0;
    const later = (delay) => {
      clearTimeout(timer);
      timer = setTimeout(poll, delay);
    };
    const poll = () => {
      if (closed() || document.hidden) return;
      last = Date.now();
      fetch(data.progressUrl, { headers: { Accept: "application/json" } })
        .then((response) => (response.ok ? response.json() : {}))
        .then(update)
        .catch(() => {})
        .finally(() => later(3e4));
    };
    document.addEventListener("visibilitychange", () =>
      document.hidden ? clearTimeout(timer) : later(Math.max(0, last + 3e4 - Date.now())),
    );
    poll();
  }
})();
