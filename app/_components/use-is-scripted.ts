"use client";

import { useSyncExternalStore } from "react";

const subscribeToNothing = () => () => {};
const isInBrowser = () => true;
const isOnServer = () => false;

/**
 * False in the page as the server sends it, true once scripts run in the browser: for a
 * control that can only work with JavaScript, so a page read without it does not offer it.
 */
export function useIsScripted(): boolean {
  return useSyncExternalStore(subscribeToNothing, isInBrowser, isOnServer);
}
