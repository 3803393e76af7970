// Runs first in a web pixel's worker, before the pixel's bundle: the `shopify.extend` that
// @shopify/web-pixels-extension's register() calls, and the extension API it hands the
// pixel, fed by messages from the dev store's web pixels manager on the page.
(() => {
  let render = null;
  const subscribers = [];
  const privacySubscribers = [];
  const pending = new Map();
  let lastRpc = 0;

  self.shopify = {
    extend(extensionPoint, extend) {
      if (extensionPoint === "WebPixel::Render") render = extend;
    },
  };

  function subscribe(list, name, callback) {
    const entry = { name, callback };
    list.push(entry);
    return () => list.includes(entry) && Boolean(list.splice(list.indexOf(entry), 1));
  }

  function rpc(method, ...args) {
    return new Promise((resolve, reject) => {
      const id = ++lastRpc;
      pending.set(id, { resolve, reject });
      self.postMessage({ type: "rpc", id, method, args });
    });
  }

  function receives(name, event) {
    if (name === event.name || name === "all_events") return true;
    return name === `all_${event.type}_events`;
  }

  function deliver(list, matches, payload) {
    for (const { name, callback } of [...list]) {
      if (!matches(name)) continue;
      try {
        callback(payload);
      } catch (error) {
        console.error("[web pixel]", error);
      }
    }
  }

  self.addEventListener("message", ({ data }) => {
    if (data.type === "init") {
      render?.({
        analytics: { subscribe: (name, callback) => subscribe(subscribers, name, callback) },
        browser: {
          sendBeacon: (url, body) => rpc("sendBeacon", url, body),
          cookie: { get: (name) => rpc("cookie.get", name), set: (text) => rpc("cookie.set", text) },
          localStorage: {
            getItem: (key) => rpc("localStorage.getItem", key),
            setItem: (key, value) => rpc("localStorage.setItem", key, value),
            removeItem: (key) => rpc("localStorage.removeItem", key),
          },
          sessionStorage: {
            getItem: (key) => rpc("sessionStorage.getItem", key),
            setItem: (key, value) => rpc("sessionStorage.setItem", key, value),
            removeItem: (key) => rpc("sessionStorage.removeItem", key),
          },
        },
        init: data.init,
        settings: data.settings,
        customerPrivacy: { subscribe: (name, callback) => subscribe(privacySubscribers, name, callback) },
        _pixelInfo: { ...data.pixelInfo, type: "APP" },
      });
    } else if (data.type === "event") {
      deliver(subscribers, (name) => receives(name, data.event), data.event);
    } else if (data.type === "privacy") {
      deliver(privacySubscribers, (name) => name === data.name, data.payload);
    } else if (data.type === "rpc-result") {
      const call = pending.get(data.id);
      pending.delete(data.id);
      if (data.error === undefined) call?.resolve(data.value);
      else call?.reject(new Error(data.error));
    }
  });
})();
