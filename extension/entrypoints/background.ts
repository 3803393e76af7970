import browser from "webextension-polyfill";
import { handleResearchMessage } from "../messaging/background-handler";

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown) => handleResearchMessage(message));
  // First install: the options page says what the extension reads and keeps.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === "install") void browser.runtime.openOptionsPage();
  });
});
