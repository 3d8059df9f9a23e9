"use client";

import { useActionState } from "react";
import { subscribeLinks } from "@/lib/feeds/feed-urls";
import { IDLE, type ActionState } from "../../../_components/action-state";
import { CopyButton } from "../../../_components/copy-button";
import { FormMessage } from "../../../_components/form-message";
import { SubscribeLinkList } from "../../../_components/subscribe-link-list";
import { createFeedLinkAction } from "./actions";

interface CreateFeedLinkFormLabels {
  name: string;
  create: string;
  copy: string;
  copied: string;
  copyFailed: string;
  webcal: string;
  google: string;
  outlookLive: string;
  outlookOffice: string;
}

/**
 * Makes a private calendar link. Its address is shown this once, so it comes with a copy
 * button and the one-click ways to subscribe that the public feeds have.
 */
export function CreateFeedLinkForm({ labels, calendarName }: { labels: CreateFeedLinkFormLabels; calendarName: string }) {
  const [state, action, isPending] = useActionState<ActionState, FormData>(createFeedLinkAction, IDLE);
  return (
    <form action={action} className="filter-form">
      <FormMessage state={state} />
      {state.status === "ok" && state.detail && <NewFeedLink url={state.detail} calendarName={calendarName} labels={labels} />}
      <div className="field field-wide">
        <label htmlFor="feed-link-name">{labels.name}</label>
        <input
          id="feed-link-name"
          name="name"
          required
          maxLength={80}
          aria-describedby={state.status === "error" ? "feed-link-name-error" : undefined}
        />
        {state.status === "error" && state.fieldErrors.name && (
          <span id="feed-link-name-error" className="field-error">
            {state.fieldErrors.name.join(" ")}
          </span>
        )}
      </div>
      <div className="actions">
        <button type="submit" disabled={isPending}>
          {labels.create}
        </button>
      </div>
    </form>
  );
}

function NewFeedLink({ url, calendarName, labels }: { url: string; calendarName: string; labels: CreateFeedLinkFormLabels }) {
  const links = subscribeLinks(url, calendarName);
  return (
    <>
      <p className="secret-url">
        <code data-testid="new-feed-url">{url}</code>
      </p>
      <p className="copy-row">
        <CopyButton text={url} label={labels.copy} copied={labels.copied} failed={labels.copyFailed} />
      </p>
      <SubscribeLinkList links={links} labels={labels} />
    </>
  );
}
