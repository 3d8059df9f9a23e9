import { signOutEverywhereAction } from "./actions";

/** A form of its own, apart from the reminder settings: it changes nothing but the sessions. */
export function SignOutEverywhere({ labels }: { labels: { title: string; intro: string; submit: string } }) {
  return (
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{labels.title}</h2>
      <p className="hint">{labels.intro}</p>
      <form action={signOutEverywhereAction}>
        <button type="submit">{labels.submit}</button>
      </form>
    </section>
  );
}
