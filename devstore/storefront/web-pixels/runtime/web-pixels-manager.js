// The dev store's stand-in for Shopify's web pixels manager, on every storefront page of a shop
// whose app created a web pixel. Like Shopify's, it loads each app pixel in a strict sandbox (a
// worker inside a sandboxed, opaque-origin iframe, so the pixel sees no DOM and posts from
// origin "null"), only when the visitor allows every purpose the pixel declares, and publishes
// the page's standard events to it with Shopify's event shape.
(() => {
  const setupElement = document.getElementById("web-pixels-manager-setup");
  if (!setupElement) return;
  const setup = JSON.parse(setupElement.textContent);

  const CONSENT_COOKIE = "_tracking_consent";
  const CLIENT_ID_COOKIE = "_shopify_y";
  const YEAR = 365 * 24 * 60 * 60;

  function cookie(name) {
    const prefix = `${name}=`;
    const found = document.cookie.split("; ").find((pair) => pair.startsWith(prefix));
    return found === undefined ? null : decodeURIComponent(found.slice(prefix.length));
  }

  function setCookie(name, value, maxAge = YEAR) {
    document.cookie = `${name}=${encodeURIComponent(value)}; path=/; max-age=${maxAge}; samesite=lax`;
  }

  function uuid() {
    if (crypto.randomUUID) return crypto.randomUUID();
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    return [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  }

  // Shopify's per-browser id: the same for every pixel and every page, for a year.
  let clientId = cookie(CLIENT_ID_COOKIE);
  if (!clientId) {
    clientId = uuid();
    setCookie(CLIENT_ID_COOKIE, clientId);
  }

  // No consent given yet counts as allowed, as in a region that asks for none (the seeded shop is in the US).
  function consent() {
    try {
      return JSON.parse(cookie(CONSENT_COOKIE) ?? "{}");
    } catch {
      return {};
    }
  }

  function customerPrivacy() {
    const given = consent();
    return {
      analyticsProcessingAllowed: given.analytics !== false,
      marketingAllowed: given.marketing !== false,
      preferencesProcessingAllowed: given.preferences !== false,
      saleOfDataAllowed: given.sale_of_data !== false,
    };
  }

  function allows(purposes, privacy) {
    return (
      (!purposes.analytics || privacy.analyticsProcessingAllowed) &&
      (!purposes.marketing || privacy.marketingAllowed) &&
      (!purposes.preferences || privacy.preferencesProcessingAllowed) &&
      (purposes.saleOfData !== "enabled" || privacy.saleOfDataAllowed)
    );
  }

  function eventContext() {
    const { hash, host, hostname, href, origin, pathname, port, protocol, search } = location;
    const where = { hash, host, hostname, href, origin, pathname, port, protocol, search };
    return {
      document: {
        characterSet: document.characterSet,
        location: where,
        referrer: document.referrer,
        title: document.title,
      },
      navigator: {
        cookieEnabled: navigator.cookieEnabled,
        language: navigator.language,
        languages: [...navigator.languages],
        userAgent: navigator.userAgent,
      },
      window: {
        innerHeight,
        innerWidth,
        location: where,
        origin,
        outerHeight,
        outerWidth,
        pageXOffset: scrollX,
        pageYOffset: scrollY,
        screen: { height: screen.height, width: screen.width },
        screenX,
        screenY,
        scrollX,
        scrollY,
      },
    };
  }

  // What a sandboxed pixel may ask the page for (its `browser` API): storage and beacons.
  const browserApi = {
    sendBeacon: (url, body) => navigator.sendBeacon(url, body),
    "cookie.get": (name) => (name === undefined ? document.cookie : (cookie(name) ?? "")),
    "cookie.set": (text) => {
      document.cookie = text;
      return document.cookie;
    },
    "localStorage.getItem": (key) => localStorage.getItem(key),
    "localStorage.setItem": (key, value) => localStorage.setItem(key, value),
    "localStorage.removeItem": (key) => localStorage.removeItem(key),
    "sessionStorage.getItem": (key) => sessionStorage.getItem(key),
    "sessionStorage.setItem": (key, value) => sessionStorage.setItem(key, value),
    "sessionStorage.removeItem": (key) => sessionStorage.removeItem(key),
  };

  const published = [];
  const sandboxes = new Map();

  function load(pixel) {
    if (sandboxes.has(pixel.id)) return;
    const frame = document.createElement("iframe");
    frame.setAttribute("sandbox", "allow-scripts");
    frame.setAttribute("aria-hidden", "true");
    frame.tabIndex = -1;
    frame.title = `web pixel ${pixel.id}`;
    frame.style.cssText = "position:absolute;width:0;height:0;border:0;visibility:hidden";
    frame.src = pixel.sandbox;
    const sandbox = { frame, ready: false, post: (message) => frame.contentWindow.postMessage(message, "*") };
    sandboxes.set(pixel.id, sandbox);
    window.addEventListener("message", (message) => {
      if (message.source !== frame.contentWindow) return;
      const { data } = message;
      if (data?.type === "ready") {
        sandbox.ready = true;
        const init = { ...setup.init, context: eventContext(), customerPrivacy: customerPrivacy() };
        sandbox.post({
          type: "init",
          settings: pixel.settings,
          init,
          pixelInfo: { id: pixel.id, runtimeContext: pixel.runtimeContext },
        });
        for (const event of published) sandbox.post({ type: "event", event });
      } else if (data?.type === "rpc" && Object.hasOwn(browserApi, data.method)) {
        Promise.resolve()
          .then(() => browserApi[data.method](...data.args))
          .then(
            (value) => sandbox.post({ type: "rpc-result", id: data.id, value }),
            (error) => sandbox.post({ type: "rpc-result", id: data.id, error: String(error) }),
          );
      }
    });
    document.body.append(frame);
  }

  function publish(name, type, fields) {
    const event = {
      id: `sh-${uuid()}`,
      name,
      type,
      timestamp: new Date().toISOString(),
      clientId,
      seq: published.length + 1,
      context: eventContext(),
      ...fields,
    };
    published.push(event);
    for (const sandbox of sandboxes.values()) if (sandbox.ready) sandbox.post({ type: "event", event });
    return true;
  }

  function startAllowedPixels() {
    // An async script may run before the parser reaches <body>.
    if (!document.body) {
      document.addEventListener("DOMContentLoaded", startAllowedPixels, { once: true });
      return;
    }
    const privacy = customerPrivacy();
    for (const pixel of setup.pixels) if (allows(pixel.purposes, privacy)) load(pixel);
  }

  window.Shopify = window.Shopify || {};
  window.Shopify.analytics = {
    ...window.Shopify.analytics,
    // Theme and app scripts publish custom events only; Shopify publishes the standard ones.
    publish: (name, customData) => publish(name, "custom", { customData: customData ?? null }),
  };
  window.Shopify.customerPrivacy = {
    currentVisitorConsent: () => consent(),
    analyticsProcessingAllowed: () => customerPrivacy().analyticsProcessingAllowed,
    marketingAllowed: () => customerPrivacy().marketingAllowed,
    preferencesProcessingAllowed: () => customerPrivacy().preferencesProcessingAllowed,
    saleOfDataAllowed: () => customerPrivacy().saleOfDataAllowed,
    setTrackingConsent(given, callback) {
      setCookie(CONSENT_COOKIE, JSON.stringify({ ...consent(), ...given }));
      const payload = { customerPrivacy: customerPrivacy() };
      for (const sandbox of sandboxes.values())
        if (sandbox.ready) sandbox.post({ type: "privacy", name: "visitorConsentCollected", payload });
      startAllowedPixels();
      callback?.();
    },
  };

  for (const event of setup.events) publish(event.name, "standard", { data: event.data });
  startAllowedPixels();
})();
